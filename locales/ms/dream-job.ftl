# Machine-drafted translation: needs review by a native speaker.
dream-job-title = Kerja idaman
dream-job-summary = Anda baru tamat belajar dan anda perlukan kerja. Kemudian muncul satu kerja di luar negara yang seolah-olah dibuat khas untuk anda.
dream-job-content-note = Cerita ini menyentuh tentang pemerdagangan manusia. Tiada keganasan ditunjukkan. Anda boleh berhenti seketika atau keluar pada bila-bila masa dengan q.

## Characters

dream-job-character-advert = { $agency } · Ditaja
dream-job-character-site = Laman web { $agency }
dream-job-character-recruiter = { $recruiter }, HR, { $company }
dream-job-character-manager = Temu duga video, { $company }
dream-job-character-agent = { $agency }, pasukan pemprosesan
dream-job-character-hotline = Talian bantuan agensi pekerja migran
dream-job-character-licensed = Agensi pengambilan pekerja berlesen

## Variables

dream-job-you-joy-cebu = Joy, dari Cebu di Filipina
dream-job-you-mark-davao = Mark, dari Davao di Filipina
dream-job-you-rina-medan = Rina, dari Medan di Indonesia
dream-job-you-agus-semarang = Agus, dari Semarang di Indonesia
dream-job-you-arjun-kochi = Arjun, dari Kochi di India
dream-job-you-priya-lucknow = Priya, dari Lucknow di India
dream-job-you-brian-kisumu = Brian, dari Kisumu di Kenya
dream-job-you-wanjiru-nakuru = Wanjiru, dari Nakuru di Kenya

dream-job-city-bangkok = Bangkok
dream-job-city-phnom-penh = Phnom Penh

dream-job-agency-brightpath = BrightPath Overseas Manpower
dream-job-agency-pacific-crest = Pacific Crest Placement Services
dream-job-agency-northbridge = Northbridge International Recruitment

dream-job-company-golden-bay = Golden Bay Tech
dream-job-company-asialink = AsiaLink Digital
dream-job-company-starlight = Starlight Global Services

dream-job-recruiter-lisa = Lisa
dream-job-recruiter-kevin = Kevin
dream-job-recruiter-amy = Amy
dream-job-recruiter-jason = Jason

dream-job-real-job-hotel-dubai = kerja khidmat tetamu di sebuah hotel di Dubai
dream-job-real-job-helpdesk-singapore = kerja meja bantuan IT di sebuah syarikat perkapalan di Singapura
dream-job-real-job-support-kuala-lumpur = kerja sokongan pelanggan di pusat panggilan sebuah bank di Kuala Lumpur

## The advert

dream-job-start = Anda ialah { $you }. Anda tamat ijazah tiga bulan lalu. Sejak itu anda sudah menghantar empat puluh permohonan untuk kerja IT dan khidmat pelanggan, dan tiada siapa yang menghubungi anda semula. Malam ini kawan sekelas anda dari kolej menghantar satu hantaran: "Tengok ni!! Jom kita berdua mohon!"
    .discuss = Apabila anda benar-benar perlukan kerja, apa yang membuatkan sesuatu iklan kerja terasa sesuai?

dream-job-ad = Berlesen dengan kerajaan, nombor lesen pada setiap hantaran. KINI MENGAMBIL PEKERJA untuk klien kami, syarikat BPO terkemuka di { $city }: Khidmat Pelanggan / Sokongan IT / Pentadbiran. Gaji ${ $salary } sebulan. Tiada pengalaman diperlukan. PERCUMA tiket, tempat tinggal, makan dan visa. Hanya bahasa Inggeris yang baik dan menaip laju. Mohon di laman web kami. Tempat terhad!
    .discuss = Apa yang iklan ini beritahu anda, dan apa yang ditinggalkannya?
dream-job-ad-apply-now = Buka laman web mereka dan mohon malam ini juga, sebelum tempat habis
    .feedback = Gajinya jauh melebihi pendapatan graduan baharu di tanah air, untuk kerja tanpa pengalaman. "Semua ditanggung" kedengaran murah hati, tetapi nanti boleh kembali sebagai hutang. Nombor lesen pada hantaran membuatnya terasa selamat. Umpan ini berkesan pada sesiapa yang perlukan kerja, sebab itu ia digunakan.
dream-job-ad-read-again = Mula-mula, cari tahu berapa gaji staf khidmat pelanggan di { $city }
    .feedback = Perbandingan mudah, dan berguna. Gaji beberapa kali ganda kadar tempatan untuk kerja tanpa pengalaman, serta tiket, tempat tinggal dan visa percuma, ialah umpan klasik. Majikan sebenar membayar dengan adil, bukan seperti mimpi.
dream-job-ad-check-agency = Sebelum menjawab, semak dengan agensi kerajaan untuk pekerja yang ke luar negara
    .feedback = Langkah pertama yang terbaik. Setiap negara ada agensinya: DMW di Filipina, kementerian KP2MI (dahulu BP2MI) di Indonesia, eMigrate di India, Pihak Berkuasa Pekerjaan Kebangsaan di Kenya. Kerja sebenar di luar negara melalui mereka atau agensi berlesen, bukan halaman Facebook.

dream-job-ad-closer = Anda mencari. Kerja pusat panggilan di { $city } membayar staf tempatan kira-kira ${ $local-pay } sebulan, dan staf asing tidak jauh lebih. Hantaran itu tidak menamakan majikan, hanya "syarikat BPO terkemuka". Di bawahnya, dua ratus orang menulis "Berminat" dan "Sudah mohon".
    .discuss = Butiran yang mana benar-benar boleh anda semak?
dream-job-ad-closer-apply-anyway = Mungkin mereka bayar lebih untuk bahasa Inggeris yang baik. Mohon dulu, tanya kemudian.
    .feedback = Mungkin. Tetapi kerja di luar negara yang membayar beberapa kali ganda kadar biasa, untuk majikan yang tiada siapa mahu namakan, ialah jenis tawaran yang perlu disemak sebelum anda menghantar apa-apa. Kerja yang kabur tanpa nama syarikat tidak meninggalkan apa-apa untuk disemak.
dream-job-ad-closer-ask-details = Komen pada hantaran itu: "Apa nama dan alamat syarikat, dan apa sebenarnya kerja itu?"
    .feedback = Anda bertanya perkara asas: siapa majikannya, di mana, dan apa kerjanya. Kerja yang kabur tanpa nama syarikat tidak memberi anda apa-apa untuk disemak. Perhatikan cara mereka menjawab.
dream-job-ad-closer-check-agency = Sebelum menjawab, semak dengan agensi kerajaan untuk pekerja yang ke luar negara
    .feedback = Langkah pertama yang terbaik. Setiap negara ada agensinya: DMW di Filipina, kementerian KP2MI (dahulu BP2MI) di Indonesia, eMigrate di India, Pihak Berkuasa Pekerjaan Kebangsaan di Kenya. Kerja sebenar di luar negara melalui mereka atau agensi berlesen, bukan halaman Facebook.

dream-job-licence-check = Di laman rasmi agensi kerajaan untuk pekerja ke luar negara, anda jumpa senarai agensi berlesen. { $agency } ada di situ: lesen sah, alamat dan talian tetap sama seperti pada hantaran, tiada penggantungan. Jadi agensi itu wujud. Senarai itu tidak berkata apa-apa tentang kerja di { $city }, atau majikan di sebaliknya. Tetapi ia menunjukkan kerja lain yang didaftarkan agensi itu.
    .discuss = Apa yang dibuktikan oleh lesen yang sah, dan apa yang tidak?
dream-job-licence-check-apply = Bagus, agensi itu wujud. Mohon melalui laman webnya.
    .feedback = Menyemak lesen itu betul, dan ia sangat bermakna. Tetapi lesen milik agensi, bukan milik setiap kerja yang diiklankannya. Majikan dan kerja itu masih perlu jawapan sendiri.
dream-job-licence-check-ask-details = Tulis kepada agensi: syarikat mana majikannya di { $city }, dan apa sebenarnya kerjanya?
    .feedback = Betul: agensi sudah disemak, sekarang semak kerjanya. Nama majikan, alamat dan huraian tugas bertulis ialah apa yang anda perlukan seterusnya.
dream-job-licence-check-other-jobs = Lihat kerja lain yang didaftarkan agensi itu dalam senarai
    .feedback = Tabiat yang baik: senarai rasmi menunjukkan kerja yang telah melalui semakan. Membandingkannya dengan hantaran Facebook itu banyak membantu.

## The agency's website, and the employer's HR

dream-job-site = "Kerjaya anda di luar negara bermula di sini." Nombor lesen di bahagian atas. Gambar staf tersenyum di lapangan terbang, video seorang pengurus di pejabat berdinding kaca, ulasan lima bintang. Iklan untuk { $city } dipautkan kepada majikan, { $company }: "syarikat berdaftar", pejabat moden, anugerah. Borang meminta CV, gambar pasport dan ijazah anda. "Calon tersenarai pendek mendapat temu duga video dalam 48 jam."
    .discuss = Apa di halaman ini yang boleh anda semak sendiri, dan bagaimana?
dream-job-site-upload = Isi borang dan muat naik semuanya. Semuanya nampak sangat profesional.
    .feedback = Laman web yang cantik, ulasan, nombor pendaftaran dan video boleh dibuat atau disalin dalam satu petang. Rupa profesional bukan bukti, bagi agensi mahupun majikan. Dan salinan pasport patut dijaga: hantar selepas anda menyemak siapa yang meminta.
dream-job-site-ask-details = Sebelum menghantar apa-apa, tanya: apa sebenarnya kerjanya, dan di mana pejabat { $company }?
    .feedback = Soalan yang wajar. Majikan sebenar boleh menjawabnya dalam satu mesej. Tanpa alamat dan huraian tugas bertulis, tiada apa yang boleh anda semak.
dream-job-site-check-licence = Semak nombor lesen dalam senarai kerajaan sendiri, bukan di laman mereka
    .feedback = Betul. Semak melalui senarai rasmi yang anda cari sendiri, bukan pautan atau nombor yang diberi laman itu. Penipu meniru agensi sebenar, jadi orang yang berhati-hati pun boleh tertipu.
dream-job-site-company-site = Agensi itu sah, dan { $company } pun ada laman web sebenar. Mohon.
    .feedback = Lesen agensi itu sebenar, dan itu penting. Tetapi laman web { $company } sama mudah dibuat seperti yang lain, dan nombor pendaftaran tidak menunjukkan apa yang berlaku di dalam. Majikan perlu disemak sendiri: daftar syarikat negara itu, kedutaannya, pesanan kerja di agensi pekerja migran anda.

dream-job-vague-answer-good-question = Soalan yang bagus sayang :)
dream-job-vague-answer-new-branch = Saya { $recruiter } terus dari { $company }, majikannya. Kami cawangan baharu di { $city }, klien besar { $agency }.
dream-job-vague-answer-after = Alamat penuh dan butiran kerja saya hantar selepas awak lulus temu duga. Peraturan syarikat, untuk keselamatan.
dream-job-vague-answer-busy = Ramai pemohon hari ini. Lebih mudah kita berbual di Telegram, agensi lambat. Temu duga video dengan pengurus saya esok, OK?
dream-job-vague-answer-go-on = "OK, jom buat temu duga."
    .feedback = Nama syarikat masih bukan syarikat yang boleh anda semak. "Butiran selepas temu duga, demi keselamatan" itu terbalik: majikan sebenar memberi butiran dahulu, supaya anda boleh membuat keputusan.
dream-job-vague-answer-check-agency = "Saya akan semak syarikat awak dengan agensi pekerja migran negara saya dulu."
    .feedback = Kerja luar negara yang diuruskan hanya melalui aplikasi sembang, dan bukan melalui agensi berlesen, tidak memberi anda sebarang perlindungan undang-undang. Menyemak mengambil masa sehari. Majikan sebenar boleh menunggu.
dream-job-vague-answer-leave = Tulis "Tidak, terima kasih," dan berhenti menjawab
    .feedback = Anda boleh menolak tawaran yang tidak dapat anda semak. Anda tidak perlu memberi penjelasan kepada sesiapa.

## The video interview

dream-job-interview-here = (Panggilan video. Seorang pengurus muda memakai set kepala, logo { $company } di dinding di belakangnya.) Hai! Terima kasih kerana menyertai. Tak akan lama.
    .discuss = Apa yang diuji temu duga ini, dan apa yang tidak pernah ditanyanya?
dream-job-interview-why = Beritahu saya, kenapa anda mahu bekerja di luar negara? Bagus. Dan syif malam, waktu panjang, OK untuk anda?
dream-job-interview-night = Bahasa Inggeris anda bagus. Sekarang menaip untuk saya dalam chat. { $wpm } patah perkataan seminit ialah minimum kami.
dream-job-interview-test = Bahagian akhir, main peranan. Saya pelanggan dari luar negara yang kesunyian. Buat saya terus berbual, buat saya suka pada anda, selama yang boleh. Mula.
    .discuss = Lihat main peranan itu. Kerja jenis apa yang memerlukan kemahiran itu?
dream-job-interview-do-test = Buat main peranan itu. Anda pandai dalam hal ini, dan anda mahukan kerja itu.
    .feedback = Panggilan video sebenar, tetapi masih hanya ujian berbual dan menaip dalam bahasa Inggeris, dengan main peranan tentang membuat orang asing yang kesunyian terus bercakap. Itulah kemahiran yang diperlukan kompleks penipuan. Tiada siapa bertanya tentang ijazah anda atau menerangkan dengan jelas apa kerjanya.
dream-job-interview-ask-video = "Sebelum main peranan: siapa pelanggannya, dan apa sebenarnya yang saya buat sepanjang hari?"
    .feedback = Soalan yang wajar. Temu duga itu hanya menguji taipan anda dan daya tarikan anda pada "pelanggan kesunyian", tanpa menerangkan kerja dengan jelas. Panggilan video membantu, tetapi boleh diatur: yang penting ialah apa yang ditanyanya, dan apa yang tidak pernah ditanyanya.
dream-job-interview-see-office = Minta dia pusingkan kamera dan tunjukkan pejabat dan pasukan
    .feedback = Dia tunjukkan: meja, skrin, orang bekerja. Rasa lega, dan itulah tujuannya. Pejabat boleh disewa, diatur atau ditunjukkan daripada rakaman. Apa yang diuji temu duga, dan apa yang tidak pernah ditanya, memberitahu lebih banyak daripada bilik di belakang kamera.

dream-job-video-excuse-busy = Pengekalan pelanggan, untuk klien VIP. Latihan penuh, jangan risau.
dream-job-video-excuse-policy = Semua butiran ada dalam kontrak, di pejabat. Semua staf kami diambil dengan cara ini.
dream-job-video-excuse-slot = Kalau awak tak serius, saya bagi tempat awak kepada orang seterusnya. Ramai yang sedang tunggu.
dream-job-video-excuse-give-in = "Maaf! Saya serius. Saya buat ujian sekarang."
    .feedback = "Ramai yang sedang tunggu" ada untuk menghalang anda berfikir. Ia berkesan kerana anda benar-benar perlukan kerja ini dan takut kehilangannya. Desakan untuk membuat keputusan dengan cepat ialah tanda amaran: tawaran sebenar boleh menunggu sementara anda menyemaknya.
dream-job-video-excuse-refuse-rush = "Saya tak mahu didesak. Saya akan semak kerja ini dulu."
    .feedback = Anda perasan desakan itu. Mendesak anda membuat keputusan dengan cepat, dan menganggap soalan sebagai tanda tidak berminat, ialah tanda amaran. Majikan sebenar boleh menunggu sehari.
dream-job-video-excuse-leave = Ucap terima kasih atas masanya, dan tamatkan panggilan
    .feedback = Anda boleh menamatkan mana-mana panggilan yang tidak mahu menjawab soalan mudah. Peluang ini hilang, dan itu pedih bila anda perlukan kerja. Selebihnya masih milik anda.

## The offer: skip the agency

dream-job-passed-congrats = Tahniah!! Awak lulus!
    .discuss = Kenapa hanya diberi beberapa jam untuk membuat keputusan? Apa yang akan dihantar oleh majikan sebenar sebelum meminta apa-apa?
dream-job-passed-offer = Gaji ${ $salary } sebulan. Tiket, bilik dan makanan percuma. Awak mula minggu depan di { $city }.
dream-job-passed-direct = Berita baik: anda tak perlu tunggu agensi. Agensi ambil tiga bulan dan yuran. Kami terbangkan anda minggu depan dengan visa pelancong, permit kerja kami uruskan di sini. Hantar saja gambar pasport anda hari ini.
dream-job-passed-deadline = Tawaran ini sah untuk { $hours } jam sahaja. Selepas itu, tempat ini diberi kepada orang seterusnya.
dream-job-passed-send-passport = Hantar gambar pasport. Tiada yuran, tiada menunggu, dan kerja mula minggu depan.
    .feedback = Melangkau agensi kedengaran seperti budi: tiada yuran, tiada menunggu. Tetapi ia membawa kerja itu keluar dari sistem berlesen yang melindungi anda, dan visa pelancong tidak membenarkan anda bekerja. Dengan { $hours } jam dan tanpa kontrak, desakan itu ada untuk menghentikan soalan anda.
dream-job-passed-through-agency = Katakan anda hanya akan pergi melalui { $agency }, dengan kontrak dan visa kerja, walaupun ambil tiga bulan
    .feedback = Betul: agensi berlesen dan visa kerja ialah perlindungan anda, dan majikan mahu anda melangkau kedua-duanya. Ia memakan masa dan yuran yang sah. Majikan sebenar boleh menunggu.
dream-job-passed-ask-contract = "Tolong hantar kontrak bertulis dulu, dengan gaji dan nama majikan."
    .feedback = Betul. Kontrak bertulis yang menyatakan majikan, kerja, tempat dan gaji ialah perkara minimum. Tarikh akhir yang singkat tanpa kontrak ialah tanda amaran.

dream-job-contract-dodge-arrive = Kontrak awak tandatangan di pejabat bila awak sampai. Ini perkara biasa.
dream-job-contract-dodge-same = Semuanya sama macam yang saya cakap. Awak percaya saya, kan?
dream-job-contract-dodge-questions = Pemohon lain tak tanya banyak soalan macam ni.
dream-job-contract-dodge-trust = "Okey, saya percaya awak." Hantar gambar pasport.
    .feedback = "Tandatangan bila sampai" bermakna menandatangani jauh dari rumah, ketika anda tidak lagi boleh menolak. Membuat soalan terasa kurang sopan ialah cara untuk menghentikannya. Ia berkesan terhadap orang yang bersopan, iaitu kebanyakan kita.
dream-job-contract-dodge-check-agency = "Kalau begitu, saya akan tanya agensi pekerja migran negara saya tentang kerja ini dulu."
    .feedback = Kerja luar negara yang diuruskan hanya melalui aplikasi sembang, tanpa kontrak dan tanpa agensi berlesen, berada di luar sistem yang melindungi pekerja. Agensi itu boleh memberitahu anda dengan cepat sama ada kerja itu benar.
dream-job-contract-dodge-through-agency = Beritahu { $recruiter } bahawa anda hanya pergi melalui { $agency }, dengan kontrak dan visa kerja sebelum terbang
    .feedback = Bagus: agensi dan visa kerja melindungi anda, kontrak yang ditandatangani setibanya di sana tidak. Maknanya menunggu, dan membayar yuran sah agensi.

## Everything through the licensed agency

dream-job-agency-process-slower = Pemohon yang dihormati, { $company } telah mengesahkan penempatan anda melalui agensi kami. Pemprosesan mengambil sepuluh minggu.
dream-job-agency-process-papers = Dilampirkan: kontrak pekerjaan anda, menamakan { $company } di { $city }, gaji ${ $salary }, ditandatangani kedua-dua pihak. Permit kerja anda telah diluluskan. Yuran penempatan kami dalam had undang-undang; resit rasmi dilampirkan.
dream-job-agency-process-hotline = (Anda menelefon talian hotline kebangsaan untuk kepastian. Pegawai menyemak: agensi itu berlesen, dan pesanan kerja daripada { $company } berdaftar. "Semuanya teratur," katanya.)
    .discuss = Semua semakan lulus. Apa lagi yang masih boleh anda timbang?
dream-job-agency-process-go = Tandatangan dan pergi. Anda sudah buat setiap semakan yang ada.
    .feedback = Memang: agensi berlesen, kontrak, permit kerja, pesanan kerja berdaftar. Beginilah rupa berhati-hati. Satu-satunya perkara yang tidak dapat dijelaskan oleh dokumen ialah gajinya, jauh melebihi kadar tempatan.
dream-job-agency-process-compare = Tanya { $agency } sama ada ada kerja lain seperti ini, dengan gaji biasa
    .feedback = Semuanya lulus, namun gajinya masih beberapa kali ganda kadar tempatan untuk kerja tanpa pengalaman. Menimbang itu bukan tidak percaya: itulah satu soalan yang tidak dapat dijawab dokumen.
dream-job-agency-process-stay = Tinggal di rumah dahulu. Ada sesuatu yang masih mengganggu anda.
    .feedback = Mendengar rasa itu ialah hak anda, walaupun semua semakan lulus. Mungkin anda kehilangan kerja yang sebenarnya benar. Tiada yang memalukan dalam mana-mana pilihan.

## The national agency, and the genuine job

dream-job-agency = Anda menelefon talian hotline agensi kerajaan untuk pekerja ke luar negara dan membacakan semua yang diberitahu kepada anda. Pegawai menyemak. "{ $agency } memang berlesen. Tetapi kerja berlesen diuruskan oleh agensi, bukan oleh 'majikan' yang memindahkan anda ke Telegram dan mendesak anda, dan ia sentiasa datang dengan visa kerja sebelum terbang. Beginilah orang berakhir di kompleks penipuan," katanya. "Anda betul menelefon."
    .discuss = Pejabat mana di negara seperti ini yang menyemak kerja luar negara? Bagaimana mencari nombor atau laman webnya?
dream-job-agency-warn-classmate = Hantar apa yang diberitahu oleh agensi kepada kawan sekelas anda, yang juga sudah memohon
    .feedback = Kawan sekelas anda mempercayai hantaran itu atas sebab yang sama seperti anda. Fakta yang tenang daripada kawan, seperti apa yang dikatakan oleh agensi, lebih membantu daripada rasa takut atau menyalahkan.
dream-job-agency-real-jobs = Tanya pegawai itu di mana boleh mencari kerja IT atau khidmat pelanggan yang sebenar di luar negara
    .feedback = Bagus: tujuannya bukan untuk berputus asa bekerja di luar negara, tetapi untuk mencari kerja yang boleh anda semak.
dream-job-agency-block = Sekat { $recruiter }, dan laporkan akaun itu kepada pegawai dan kepada Telegram
    .feedback = Bagus. Laporan membantu agensi memberi amaran kepada orang lain dan bertindak terhadap mereka yang menggunakan namanya. Anda tidak berhutang penjelasan kepada { $recruiter }.

dream-job-genuine-listing = Agensi berlesen, nombor lesen ada dalam senarai kerajaan. Kerja: { $real-job }. Majikan dinamakan, dengan alamat dan laman web. Kontrak bertulis dua tahun.
dream-job-genuine-checks = Temu duga melalui panggilan video dengan pengurus majikan. Visa kerja diuruskan sebelum anda berangkat. Hanya yuran yang dibenarkan oleh undang-undang, dengan resit rasmi.
dream-job-genuine-pay = Gaji: ${ $real-pay } sebulan, dengan tempat tinggal dan insurans kesihatan. Pemprosesan tiga bulan, dengan latihan pra-berlepas sebelum mula.
dream-job-genuine-apply = Mohon melalui agensi itu. Yang ini memang sah.
    .feedback = Gajinya lebih rendah daripada iklan Facebook itu, tetapi ia benar. Kerja ini ada apa yang tiada pada yang satu lagi: majikan yang dinamakan, agensi berlesen yang boleh anda semak, kontrak bertulis, temu duga sebenar dan visa kerja.
dream-job-genuine-verify = Sebelum memohon, semak sendiri nombor lesen itu di laman web kerajaan
    .feedback = Tabiat yang baik: semak di laman rasmi yang anda cari sendiri, bukan melalui pautan yang dihantar oleh seseorang. Di sini semuanya sepadan. Menyemak bukan tanda tidak percaya. Itulah cara anda mencari kerja yang boleh dipercayai.
dream-job-genuine-refuse = Tolak. Selepas semua ini, setiap kerja di luar negara terasa seperti perangkap.
    .feedback = Perasaan itu munasabah, dan tinggal di negara sendiri sentiasa hak anda. Tetapi kerja ini ada semua yang tiada pada penipuan itu: agensi berlesen, majikan yang dinamakan, kontrak dan visa kerja. Tujuannya bukan untuk takut akan setiap tawaran, tetapi untuk menyemaknya.

## Endings

dream-job-end-walk-away = Anda menolak dan tinggal di rumah, buat masa ini. Anda terus mencari kerja, dan tahu cara menyemak kerja luar negara: agensi berlesen, majikan bernama, kontrak bertulis, visa kerja, dan gaji yang munasabah untuk kerja itu. Seminggu kemudian hantaran yang sama untuk { $city } muncul semula, dengan gambar baharu.
dream-job-end-trafficked = Di { $city }, seorang pemandu yang memegang papan tanda dengan nama anda mengambil pasport anda "untuk permit kerja". Dia membawa anda selama berjam-jam, jauh dari bandar, ke sebuah bangunan bertembok tinggi dan berpengawal. Kerjanya ialah menipu orang yang tidak dikenali dalam talian. Inilah rancangan penjenayah sejak hantaran pertama. Orang memang berjaya keluar, dengan bantuan kedutaan, talian bantuan dan keluarga.
dream-job-end-helped = Kawan sekelas anda sudah ada temu duga yang ditetapkan pada pagi esoknya, dan dia membatalkannya. Bersama-sama anda melaporkan halaman itu dan akaun Telegram tersebut, dan menyiarkan amaran dalam kumpulan kolej anda. Tiga orang lagi membalas: mereka juga sudah memohon, dan kini mereka akan menyemak dahulu.
dream-job-end-genuine = Anda memohon melalui agensi berlesen untuk { $real-job }. Ia mengambil tiga bulan dan yuran yang sah. Temu duga ialah panggilan video dengan pengurus sebenar yang bertanya tentang kemahiran anda, kontraknya bertulis, dan visa kerja tiba sebelum penerbangan. Gajinya ${ $real-pay } sebulan: bukan mimpi, tetapi benar. Keluarga anda tahu tepat di mana anda akan berada.
dream-job-end-front = Anda terbang dengan kontrak, permit kerja dan resit agensi. Di { $city }, { $company } memang wujud: syarikat berdaftar di sebuah menara di sebalik pagar. Di dalam, pasport dan telefon anda diambil "untuk pendaftaran", dan kerjanya menipu orang asing dalam talian. Anda telah membuat setiap semakan yang mampu dibuat seseorang. Syarikat berdaftar digunakan sebagai topeng tepat kerana itu: mereka menipu agensi dan pegawai juga. Ini bukan salah anda. Orang memang dapat keluar, dengan bantuan kedutaan, talian hotline dan keluarga, dan laporan anda boleh membantu agensi bertindak terhadap majikan ini.
