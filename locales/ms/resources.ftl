# Machine-drafted translation: needs review by a native speaker.
# Help resources: a name and a description (what they do, when to contact them).
# Ids follow scenarios/resources.toml: resource-<id>.

## For everyone

resource-embassy = Kedutaan atau konsulat negara anda
    .description = Kedutaan negara anda sendiri boleh menyemak sama ada tawaran kerja dan majikan itu benar sebelum anda pergi, dan ia membantu rakyat yang terperangkap di luar negara. Cari nombornya di laman web kementerian luar negeri anda sebelum berangkat, dan simpan dalam telefon anda.

resource-iom = IOM, agensi migrasi PBB: pejabatnya di negara anda
    .description = IOM membantu mangsa pemerdagangan manusia: tempat tinggal yang selamat, rawatan kesihatan, kaunseling dan pulang ke tanah air dengan selamat. Hubungi pejabat IOM di negara anda atau di negara tempat anda berada.

## Philippines

resource-ph-iacat-1343 = 1343 Actionline (IACAT)
    .description = Talian bantuan 24 jam oleh Inter-Agency Council Against Trafficking di Filipina. Hubungi talian ini untuk melaporkan perekrut yang mencurigakan, atau apabila anda atau ahli keluarga anda memerlukan bantuan; ia juga ada nombor percuma untuk rakyat Filipina di luar negara.

resource-ph-dmw-verify = Department of Migrant Workers (DMW)
    .description = Semak di laman web DMW sama ada agensi pengambilan pekerja itu berlesen, sebelum anda membayar apa-apa atau berangkat. Hanya agensi berlesen dibenarkan menghantar pekerja ke luar negara.

## Thailand

resource-th-1300 = Talian bantuan 1300 (Social Assistance Center)
    .description = Talian bantuan Kementerian Pembangunan Sosial dan Keselamatan Insan Thailand, untuk sesiapa sahaja di Thailand. Hubungi talian ini untuk melaporkan pemerdagangan manusia atau meminta bantuan.

resource-th-1300-abroad = Talian bantuan 1300 dari luar negara
    .description = Bantuan yang sama untuk rakyat Thailand di luar Thailand. Telefon atau hantar mesej secara percuma, 24 jam sehari, jika anda atau orang yang anda kenali terperangkap atau menjadi mangsa pemerdagangan di luar negara.

## Cambodia

resource-kh-police-117 = Talian bantuan polis Kemboja
    .description = Talian bantuan polis kebangsaan di Kemboja. Berhati-hati: mangsa yang terselamat berkata sesetengah polis tempatan menyampaikan permintaan bantuan kembali kepada bos pusat penipuan. Jika boleh, hubungi kedutaan anda atau organisasi yang dipercayai dahulu, dan sentiasa berikan lokasi tepat anda.

## India

resource-in-cyber-1930 = Talian bantuan penipuan siber 1930
    .description = Hubungi 1930 dengan segera jika anda kehilangan wang akibat penipuan dalam talian: laporan awal boleh membantu menyekat wang itu. Anda akan menerima pautan untuk melengkapkan laporan di portal kebangsaan.

resource-in-cybercrime-portal = National Cyber Crime Reporting Portal
    .description = Laporkan penipuan dalam talian dan jenayah siber lain dari mana-mana tempat di India. Jika anda sudah menghubungi 1930, lengkapkan laporan anda di sini dalam masa 24 jam.

## Indonesia

resource-id-safe-travel = Aplikasi Safe Travel (Kementerian Luar Negeri Indonesia)
    .description = Aplikasi percuma daripada kementerian luar negeri Indonesia untuk rakyatnya di luar negara. Dalam kecemasan, butang panik aplikasi ini menghantar lokasi anda kepada kedutaan atau konsulat Indonesia yang terdekat. Pasang aplikasi ini sebelum anda berangkat.

## Malaysia

resource-my-nsrc-997 = Pusat Respons Scam Kebangsaan (NSRC)
    .description = Hubungi 997 dengan segera jika anda telah menghantar wang kepada penipu: pusat ini bekerjasama dengan bank untuk membekukan wang itu dengan cepat. Talian ini dibuka 24 jam sehari.

## Viet Nam

resource-vn-111 = Talian bantuan kebangsaan 111
    .description = Talian bantuan percuma 24 jam di Vietnam untuk melaporkan pemerdagangan manusia dan mendapatkan sokongan untuk mangsa. Ia juga talian bantuan perlindungan kanak-kanak kebangsaan.

## United States

resource-us-trafficking-hotline = National Human Trafficking Hotline
    .description = Talian bantuan sulit 24 jam di Amerika Syarikat untuk mangsa, mangsa yang terselamat dan sesiapa yang bimbang tentang seseorang. Ia menggunakan bahasa Inggeris dan Sepanyol, dengan jurubahasa untuk lebih daripada 200 bahasa lain. Ia bukan polis.

resource-us-trafficking-text = National Human Trafficking Hotline melalui SMS
    .description = Hantar mesej ke nombor ini jika anda tidak dapat menelefon dengan selamat. Ia sulit.

resource-us-ic3 = FBI Internet Crime Complaint Center (IC3)
    .description = Laporkan penipuan pelaburan dan kripto dalam talian kepada FBI, beserta butiran setiap bayaran. FBI tidak mengenakan bayaran untuk menyiasat; sesiapa yang meminta yuran untuk mendapatkan semula wang anda ialah penipu.

## Added for every player (2026-12-05)

resource-support-after = Sokongan selepas pengalaman yang berat
    .description = Apa yang pernah anda lalui, atau baru anda mainkan, mungkin terus terasa. Bercakaplah dengan orang yang anda percayai. Mangsa pemerdagangan orang yang terselamat boleh meminta kaunseling daripada IOM atau petugas kesihatan.

resource-bank-first = Mula-mula: bank atau aplikasi pembayaran anda
    .description = Jika anda telah menghantar wang, segera telefon bank atau aplikasi pembayaran anda: lebih awal mereka tahu, lebih besar peluang menghentikan bayaran. Simpan setiap mesej, nombor akaun dan resit.

resource-no-recovery-fee = Jangan sekali-kali membayar untuk mendapatkan wang semula
    .description = Selepas penipuan, orang yang mengaku boleh mendapatkan semula wang anda dengan bayaran, walaupun mendakwa bekerja dengan polis atau pengawal selia, sedang menjalankan penipuan kedua. Polis dan pengawal selia sebenar tidak mengenakan bayaran.

resource-ph-1343-global = 1343 Actionline dari luar negara
    .description = 1343 Actionline mempunyai nombor antarabangsa percuma untuk rakyat Filipina di luar negara, disenaraikan di laman webnya, bagi mereka yang terperangkap atau diperdagangkan serta keluarga mereka.

resource-ph-cicc-1326 = Talian penipuan 1326 (CICC)
    .description = Talian 24 jam kerajaan Filipina untuk melaporkan penipuan dalam talian, dikendalikan oleh Pusat Siasatan dan Penyelarasan Jenayah Siber. Hubungi segera: ia bekerja dengan bank dan e-dompet untuk menanda akaun.

resource-th-aoc-1441 = Pusat Operasi Anti Penipuan Dalam Talian 1441
    .description = Talian 24 jam Thailand untuk mangsa penipuan dalam talian. Ia meminta bank membekukan akaun yang menerima wang anda dan menerangkan cara membuat laporan polis.

resource-au-scamwatch = Scamwatch (Pusat Anti-Penipuan Kebangsaan Australia)
    .description = Laporkan penipuan, termasuk tawaran kerja palsu dan penipuan pelaburan, dan baca langkah seterusnya. Laporan membantu memberi amaran kepada orang lain dan menghentikan penipu.

resource-au-idcare = IDCARE
    .description = Perkhidmatan sokongan percuma dan bukan untung bagi orang yang butiran peribadi atau identitinya diambil dalam penipuan. Ia membantu anda membuat pelan untuk mengehadkan kerosakan.

resource-cn-12308 = Talian perlindungan konsular 12308
    .description = Talian 24 jam Kementerian Luar Negeri China untuk rakyatnya di luar negara yang memerlukan bantuan. Talian ini tidak pernah menelefon sesiapa dan tidak pernah meminta wang: panggilan yang memaparkan 12308 ialah penipuan, jadi letak telefon dan hubungi nombor itu sendiri. Jika ditipu, laporkan kepada polis tempatan, dan kepada polis di kampung halaman jika wang keluar dari bank di China.

resource-et-embassy-where = Kedutaan Habsyah di rantau ini
    .description = Rakyat Habsyah yang ditahan di Myanmar dibawa pulang melalui kedutaan Habsyah di New Delhi (India) dan Tokyo (Jepun), dengan bantuan Thailand. Sebelum pergi, tanya kementerian luar negeri kedutaan mana yang menjaga negara yang anda tuju.

resource-ke-nea-register = Daftar Pihak Berkuasa Pekerjaan Kebangsaan Kenya
    .description = Hanya agensi yang dilesenkan oleh Pihak Berkuasa Pekerjaan Kebangsaan Kenya boleh merekrut untuk kerja di luar negara. Daftarnya di neaims.go.ke menunjukkan lesen yang masih sah. Semak sebelum sesiapa membayar atau berangkat, dan laporkan agensi yang menipu.

resource-ke-dci-report = Laporkan penipuan dalam talian kepada polis (DCI)
    .description = Direktorat Siasatan Jenayah Kenya menerima laporan penipuan dalam talian di pejabatnya di seluruh negara. Laporkan di sana atau di balai polis, bersama setiap mesej dan bayaran.

resource-la-lwu-1362 = Talian 1362 (Kesatuan Wanita Laos)
    .description = Talian kaunseling dan perlindungan Kesatuan Wanita Laos menyokong mangsa yang terselamat daripada pemerdagangan orang dan keganasan.

resource-np-embassies = Kedutaan Nepal di Bangkok dan Yangon
    .description = Kedutaan Nepal di Thailand dan Myanmar telah menyelamatkan ratusan rakyat Nepal dari pusat penipuan. Kerajaan Nepal meminta rakyatnya bekerja di luar negara hanya dengan kelulusan buruh, dan jangan sekali-kali ke Kemboja, Laos, Myanmar atau Thailand dengan visa lawatan untuk bekerja.

resource-np-cyber-bureau = Biro Siber Polis Nepal
    .description = Laporkan penipuan dalam talian melalui e-mel, bersama salinan kad pengenalan dan setiap mesej serta bayaran, atau di mana-mana balai polis.

resource-ng-naptip-627 = NAPTIP 627
    .description = Talian percuma agensi antipemerdagangan orang Nigeria. Hubungi untuk melaporkan pemerdagangan orang, atau jika anda atau orang yang anda kenali memerlukan bantuan.

resource-ng-police-cyber = Portal jenayah siber Polis Nigeria
    .description = Laporkan penipuan dalam talian dan penipuan cinta kepada unit jenayah siber polis, dalam talian, dari Nigeria atau luar negara.

resource-lk-slbfe-1989 = SLBFE 1989
    .description = Talian Biro Pekerjaan Luar Negara Sri Lanka, dibuka sepanjang masa. Semak sama ada agensi berlesen sebelum membayar apa-apa atau menyerahkan pasport, dan laporkan agensi yang mengenakan lebih daripada yuran yang diluluskan.

resource-lk-police-ccid = Bahagian jenayah siber Polis Sri Lanka
    .description = Laporkan penipuan dalam talian di balai polis terdekat, atau kepada Bahagian Siasatan Jenayah Komputer polis, yang juga mempunyai cawangan di Kandy dan Matara.

resource-ug-high-commission-kl = Suruhanjaya Tinggi Uganda di Kuala Lumpur
    .description = Duta Uganda untuk Thailand berpangkalan di Suruhanjaya Tingginya di Kuala Lumpur, yang telah membantu membawa pulang rakyat Uganda dari Myanmar. Hubunginya, dan minta keluarga di rumah menghubungi kementerian luar negeri.

resource-ug-police-cyber = Unit Jenayah Siber Polis Uganda
    .description = Laporkan penipuan dalam talian kepada Unit Jenayah Siber di Ibu Pejabat CID, Kibuli, atau di mana-mana balai polis.
