# Machine-drafted translation: needs review by a native speaker.
half-knew-title = Yang separuh tahu
half-knew-summary = Perekrut berterus terang: kerja di luar negara itu "pemasaran dalam talian, sedikit kelabu". Anda perlukan wang. Apa sebenarnya yang anda setujui?
half-knew-content-note = Cerita ini bermula dengan tawaran kerja dan berakhir di dalam pusat penipuan. Ia menyebut tentang ugutan, hutang rekaan dan orang yang "dijual" ke pusat lain, tetapi tidak menunjukkan keganasan. Anda boleh berhenti seketika atau keluar pada bila-bila masa dengan q.

## Characters

half-knew-character-recruiter = { $recruiter }, perekrut
half-knew-character-cousin = Sepupu anda
half-knew-character-consul = Kedutaan negara anda di Phnom Penh
half-knew-character-leader = Ketua pasukan
half-knew-character-embassy = Talian kecemasan kedutaan
half-knew-character-relative = { $relative } anda

## Variables

half-knew-who-khamla = Khamla, 24 tahun, lelaki dari Savannakhet, Laos
half-knew-who-thu = Thu, 22 tahun, wanita dari Nghe An, Vietnam
half-knew-who-aung = Aung, 26 tahun, lelaki dari Mandalay, Myanmar

half-knew-place-sihanoukville = Sihanoukville
half-knew-place-bavet = Bavet
half-knew-place-poipet = Poipet

half-knew-recruiter-nok = Nok
half-knew-recruiter-tony = Tony
half-knew-recruiter-linda = Linda

half-knew-coworker-mai = Mai
half-knew-coworker-joy = Joy
half-knew-coworker-bayu = Bayu

half-knew-relative-sister = kakak
half-knew-relative-brother = abang

## Home

half-knew-start-who = Anda ialah { $who }. Anda sudah tamat sekolah, boleh sedikit bahasa Inggeris dan pantas menggunakan telefon. Kerja di kampung bergaji rendah, dan bukan setiap bulan ada.
    .discuss = Siapa di sekeliling anda yang akan menerima kerja yang "sedikit kelabu", dan kenapa?
half-knew-start-money = Tahun lepas keluarga anda meminjam wang, dan pemberi pinjaman mahu wangnya kembali. Dalam satu kumpulan kerja di Telegram, seorang perekrut menghubungi anda dahulu.

half-knew-offer-job = Hai! Kerja pemasaran dalam talian di { $place }, Kemboja. ${ $salary } sebulan. Awak berbual dengan pelanggan dalam bahasa Inggeris dan bahasa awak.
    .discuss = Perekrut ini jujur bahawa kerjanya "kelabu". Adakah itu membuatkan tawaran selebihnya lebih boleh dipercayai, atau kurang?
half-knew-offer-grey = Saya jujur dengan awak: ia sedikit kelabu. Berbual jualan dengan orang asing, ada cerita yang tidak 100% benar. Tiada yang bahaya. Ramai orang dari negara awak kerja di sana.
half-knew-offer-paid = Bas, kereta dan bilik dibayar oleh syarikat. Awak mula minggu depan.
half-knew-offer-ask-grey = Tanya dahulu apa sebenarnya maksud "sedikit kelabu" sebelum menjawab
    .feedback = Soalan yang wajar. "Pemasaran dalam talian" tidak menerangkan kerjanya, dan "sedikit kelabu" lebih banyak menyembunyikan daripada menjelaskan. Jawapannya, atau ketiadaan jawapan, patut anda tahu sebelum pergi ke mana-mana.
half-knew-offer-say-yes = Setuju. Ramai orang hidup dengan kerja kelabu, dan gajinya bagus
    .feedback = Ramai yang bersetuju, dan mudah difahami sebabnya: hutang itu benar dan perekrut itu kedengaran jujur. Tetapi "sedikit kelabu" ialah jawatan yang kabur, dan gaji beberapa kali ganda kadar tempatan hanya untuk berbual ialah umpannya. Apa yang menunggu di hujung sana bukan seperti yang diceritakan.
half-knew-offer-ask-cousin = Sebelum menjawab, tanya sepupu anda yang bekerja di luar negara melalui ejen berlesen
    .feedback = Bertanya kepada orang yang pergi melalui saluran rasmi memberi anda sesuatu untuk dibandingkan. Gaji setinggi ini untuk kerja tanpa kemahiran, jauh lebih tinggi daripada mana-mana tempat berdekatan, sudah pun satu tanda amaran.

half-knew-grey-answer-explain = Awak berbual sebagai orang yang peramah, awak cakap tentang pelaburan, syarikat uruskan yang lain. Awak tidak curi daripada sesiapa. Awak cuma berbual.
half-knew-grey-answer-contract = Kontrak awak tandatangan di sana. Bos ada di { $place }.
half-knew-grey-answer-friday = Tinggal tiga tempat sahaja. Beri jawapan sebelum Jumaat.
half-knew-grey-answer-ask-contract = Kata mungkin. Tetapi anda mahu kontrak dan nama syarikat secara bertulis dahulu
    .feedback = Anda tidak goyah di hadapan tarikh akhir. "Tandatangan di sana", selepas anda menyeberangi sempadan, bermakna tiada kontrak pada saat paling diperlukan, dan desakan itu ada supaya anda tidak bertanya lagi.
half-knew-grey-answer-go-now = Setuju sebelum tempat habis. "Cakap tentang pelaburan" bunyinya macam jualan
    .feedback = Tarikh akhir membuatkan sesiapa pun membuat keputusan lebih cepat, dan "tinggal tiga tempat" direka tepat untuk itu. Tanpa kontrak sebelum berangkat, tiada apa yang menyatakan apa kerjanya, berapa gajinya, atau bahawa anda boleh berhenti.
half-knew-grey-answer-decline = Tolak. Memujuk orang "melabur" bunyinya macam menipu demi wang
    .feedback = Anda mendengar maksud sebenar kata-kata itu. Menolak ada harganya: hutang masih ada, dan kumpulan kerja itu terus menawarkan perkara yang sama.

half-knew-end-declined = Anda menolak, dan dalam seminit { $recruiter } menyekat anda. Hutang masih ada, begitu juga gaji rendah di kampung. Beberapa bulan kemudian, anak lelaki jiran pulang dari { $place } selepas keluarganya membayar untuk melepaskannya; dia tidak mahu bercerita. Anda terus mencari, dan bertanya di pejabat buruh tentang kerja di luar negara melalui ejen berlesen.

half-knew-cousin-heard = Aku pernah dengar kerja macam ni. Dua budak lelaki dari daerah kita pergi ke { $place }. Keluarga mereka terpaksa bayar untuk bawa mereka balik.
    .discuss = Jalan sepupu ini lebih perlahan, gajinya lebih kecil dan memerlukan bayaran. Kenapa masih penting bahawa ia melalui pejabat yang boleh anda kunjungi?
half-knew-cousin-official = Kalau nak kerja luar negara, pergi ke pejabat buruh di bandar. Minta senarai ejen berlesen. Ejen aku ada dalam senarai tu.
half-knew-cousin-slow = Memang lebih lambat. Ada pemeriksaan kesihatan, bayaran sah dengan resit, dan mungkin tiga bulan menunggu. Duitnya kurang daripada ini. Tapi kau tahu kau pergi ke mana.
half-knew-cousin-labour-office = Pergi ke pejabat buruh dengan nama ejen sepupu anda
    .feedback = Kerja melalui ejen berlesen boleh disemak, dan ia tidak diuruskan dalam sembang. Anda kehilangan beberapa bulan dan satu bayaran, dan gajinya lebih rendah: itulah harga kerja yang boleh anda tinggalkan.
half-knew-cousin-tell-recruiter = Beritahu { $recruiter } apa kata sepupu anda, dan lihat jawapannya
    .feedback = Menguji perekrut memang wajar. Dengar apa yang dibalas: majikan sebenar menjawab dengan nama, dokumen dan alamat, bukan dengan tarikh akhir.
half-knew-cousin-take-grey = Ambil kerja kelabu itu. Tiga bulan terlalu lama bila pemberi pinjaman sudah di depan pintu
    .feedback = Tekanan wang memang nyata, dan perekrut bergantung padanya. Kerja yang hanya wujud dalam sembang Telegram, tanpa ejen berlesen dan tanpa pejabat di kampung, langsung tidak melindungi anda jika berlaku masalah.

half-knew-end-genuine = Pejabat buruh ada nama ejen sepupu anda dalam senarainya. Empat bulan kemudian, selepas pemeriksaan kesihatan dan bayaran sah dengan resit rasmi, anda mula bekerja di sebuah kilang di luar negara. Gajinya lebih rendah daripada janji { $recruiter }, dan kerjanya berat, tetapi anda ada kontrak, pasport anda sendiri dan hari cuti. Setiap bulan anda menghantar wang ke rumah.

half-knew-written-pdf = OK, tiada masalah. Ini kontraknya: nama syarikat, gaji ${ $salary }, cop pengarah.
half-knew-written-website = Dan ini laman web kami. Kami berdaftar, lihat nombornya di bawah.
half-knew-written-trust-papers = Baca dan rasa lebih lega. Ada cop, laman web dan nombor pendaftaran: ini syarikat sebenar
    .feedback = Dokumen begini mudah dibuat, dan laman web dengan nombor pendaftaran boleh siap dalam satu petang. Sebab itulah ia digunakan: ia membuatkan orang yang berhati-hati rasa sudah menyemak.
half-knew-written-copy-relative = Hantar kontrak, laman web dan nombor { $recruiter } kepada { $relative } anda, berserta alamatnya
    .feedback = Bagus: anda tidak menganggap dokumen itu sebagai bukti, dan kini ada orang di rumah yang memegang semua butirannya. Itu mungkin sangat penting kemudian.
half-knew-written-call-embassy = Telefon kedutaan negara anda di Phnom Penh dan tanya sama ada mereka kenal syarikat itu
    .feedback = Menyemak melalui nombor yang anda cari sendiri, bukan nombor yang diberi perekrut, ialah cara menguji dokumen seperti ini.

half-knew-embassy-check-no-record = Kami tiada rekod syarikat ini sebagai majikan. Itu tidak membuktikan ia palsu, tetapi kami tidak boleh kata ia tulen.
half-knew-embassy-check-addresses = Kami pernah membantu rakyat yang keluar dari pusat-pusat di { $place }. Ramai yang diberitahu kerjanya pemasaran.
half-knew-embassy-check-if-you-go = Jika anda tetap pergi: daftar dengan kami, simpan pasport anda sendiri, dan hantar alamat anda sebaik tiba. Simpan nombor ini.
half-knew-embassy-check-stay-home = Duduk di rumah. Beritahu { $recruiter } tak jadi
    .feedback = Pilihan yang sukar, dibuat dengan maklumat sebenar. Hutang masih ada, tetapi anda tahu kerja itu kemungkinan besar apa.
half-knew-embassy-check-go-registered = Pergi, tetapi daftar dengan kedutaan, simpan nombornya dan tinggalkan semuanya pada { $relative } anda
    .feedback = Anda perlukan wang, dan anda sudah buat apa yang boleh supaya anda dapat dikesan. Apa pun yang berlaku selepas ini bukan kerana anda cuai.

half-knew-end-checked = Anda beritahu { $recruiter } yang anda tidak akan datang. Mesejnya menjadi marah, kemudian berhenti. Di pejabat buruh, seorang kerani memberi anda senarai ejen berlesen. Jalannya lebih perlahan dan gajinya lebih rendah, dan pada mulanya keluarga anda tidak gembira. Kemudian kawan sepupu anda pulang dari { $place } dengan tangan kosong, dan tiada siapa bertanya lagi kenapa anda tidak pergi.

## The road

half-knew-travel-brief-bus = Bagus! Naik bas malam ke sempadan hari Isnin. Tiket ada dalam peti masuk awak.
half-knew-travel-brief-friend = Kawan saya tunggu dengan kereta. Dia uruskan cop masuk awak, lebih cepat.
half-knew-travel-brief-quiet = Jangan bercakap dengan pegawai. Kalau ditanya, awak melawat kawan.

half-knew-border-night = Bas tiba di sempadan selepas gelap. Seorang lelaki bertopi memegang papan dengan nama anda. Dia senyum dan mengambil beg anda.
    .discuss = Apa yang masih boleh anda lakukan di sini, dan apa harga setiap pilihan?
half-knew-border-passport = "Bagi pasport awak," katanya. "Saya uruskan cop, awak tunggu dalam kereta."
half-knew-border-road = Kereta itu tidak menuju ke pusat pemeriksaan. Ia membelok ke jalan tanah. "Ikut sini lebih cepat," katanya.
half-knew-border-hand-over = Serahkan. Anda letih, dan dia buat begini setiap hari
    .feedback = Selepas malam yang panjang, ada orang yang "uruskan dokumen" memang melegakan. Tetapi pasport anda terlepas dari tangan, dan kereta itu memintas pusat pemeriksaan: tiada cop, tiada rekod, dan tiada bukti bagaimana anda masuk.
half-knew-border-keep-and-share = Pegang pasport di tangan. Hantar lokasi langsung dan nombor plat kereta kepada { $relative } anda
    .feedback = Anda tetap memegang pasport dan meninggalkan jejak. Anda masih meneruskan perjalanan, dan itu pilihan anda: kini orang di rumah tahu tepat di mana anda menyeberang.
half-knew-border-get-out = Minta dia berhenti. Turun dan berjalan kembali ke pusat pemeriksaan rasmi
    .feedback = Menyeberang di luar pusat pemeriksaan tidak meninggalkan rekod. Berjalan kembali memang menakutkan, pada waktu malam, dengan orang asing yang marah kepada anda, dan anda kehilangan kerja itu serta tambang bas.

half-knew-end-border = Pemandu itu memaki, mencampak beg anda ke jalan dan memecut pergi. Di pusat pemeriksaan, di sebelah sempadan negara anda sendiri, seorang pegawai mendengar dan mencatat nombor plat kereta itu. Anda tidur di bangku dan menaiki bas pertama pulang, dengan tambang yang dipinjam daripada kawan. { $recruiter } menulis bahawa anda berhutang dengan syarikat untuk "tempat" itu. Anda tidak membalas, dan anda melaporkan akaun itu.

## The compound

half-knew-arrive-gate = Pejabatnya ialah sederet bangunan tinggi di sebalik tembok berdawai di atasnya. Pengawal di pintu pagar membukanya untuk kereta dan menutupnya semula di belakang anda.
half-knew-arrive-taken = Seorang wanita di meja mengambil pasport dan telefon anda "untuk disimpan" dan memberi anda telefon kerja yang penuh dengan profil palsu.
half-knew-arrive-floor = Tingkat anda ada enam puluh meja. Tiada siapa mengangkat muka.
half-knew-arrive-for-staff = Fikir: bandar ini bahaya. Pengawal dan peti besi pasport itu untuk melindungi pekerja
    .feedback = Itu yang diberitahu kepada anda, dan selepas malam yang panjang, ia lebih mudah dipercayai. Tetapi pengawal yang mengunci pintu pagar di belakang anda, kawat di atas tembok, dan pasport serta telefon anda di dalam laci orang lain ada untuk menahan anda di dalam dan memutuskan hubungan anda. Majikan yang sebenar tidak perlukan satu pun daripadanya.
half-knew-arrive-locked-in = Fikir: pintu pagar dikunci di belakang saya, dan pasport serta telefon saya di dalam laci. Saya tak boleh keluar walaupun mahu
    .feedback = Anda melihatnya dengan jelas. Tembok, pengawal, dan pasport serta telefon yang diambil "untuk disimpan" menahan orang di dalam dan memutuskan mereka daripada bantuan. Melihatnya ialah langkah pertama mencari cara selamat untuk menyampaikan berita keluar.
half-knew-arrive-grey-looks = Fikir: saya tahu ia kelabu. Mungkin beginilah rupa kerja kelabu
    .feedback = Perkataan "kelabu" dipilih supaya semua ini terasa seperti sesuatu yang anda setujui. Anda setuju dengan sembang jualan, bukan dengan pintu pagar berkunci dan pengawal. Tiada sesiapa boleh bersetuju untuk ditahan.

half-knew-boss-knew = Kau tahu kerja apa ni. Tiada siapa tipu kau. Kau sendiri setuju.
    .discuss = Kenapa bos-bos itu terus mengulang "kau tahu"? Apa kesannya kepada orang yang mendengarnya?
half-knew-boss-debt = Bas, kereta, bilik, makan: kau berhutang ${ $debt }. Tak capai kuota, denda ditambah. Nak keluar? Bayar dulu. Buat masalah, aku jual kau ke syarikat lain.
half-knew-boss-police = Polis? Mereka tangkap penipu. Sekarang kau penipu.
half-knew-boss-my-fault = Fikir: dia betul. Saya tahu ia kelabu. Saya sendiri yang cari nahas
    .feedback = Ini suara perangkap itu, dan ia dibina supaya terasa benar. Anda setuju dengan kerja yang kedengaran tidak betul. Anda tidak pernah setuju dengan pintu berkunci, hutang rekaan atau dijual, dan tiada sesiapa boleh bersetuju dengan perkara itu. Tahu ada yang tidak kena tidak menjadikan anda penjenayah, dan tidak menjadikan ini salah anda.
half-knew-boss-not-this = Fikir: saya setuju berbual jualan. Saya tidak pernah setuju dengan tembok, hutang dan pengawal
    .feedback = Betul. Apa yang anda setujui dan apa yang dilakukan kepada anda ialah dua perkara berbeza. Hutang itu direka untuk menahan anda, dan "kau tahu" diucapkan supaya anda malu dan diam. Orang yang dipaksa menipu ialah mangsa, walau apa pun yang mereka tahu semasa berangkat. Kuota dan dendanya ada supaya hutang itu terus bertambah.
half-knew-boss-pay-off = Fikir: kerja kuat, langsaikan hutang dalam beberapa bulan, kemudian balik
    .feedback = Berharap dapat keluar dengan bekerja memang wajar. Tetapi hutang itu rekaan dan ia terus bertambah: denda, makan, "yuran". Ia dibina supaya tidak pernah langsai, dan di belakangnya ada ugutan untuk dijual. Setiap kuota yang tidak dicapai menambah denda, dan rasa takut akan hukuman itulah yang membuat orang terus bekerja.

half-knew-desk-script = Skrip di telefon kerja: jadilah pedagang muda yang kaya, berkawan, kemudian tunjukkan aplikasi kripto. Sasaran anda tiga "kawan" baharu sehari.
half-knew-desk-behind = Ini minggu kedua anda dan anda ketinggalan. Ketua pasukan berhenti di meja anda dan membaca skrin anda.
half-knew-desk-follow = Ikut skrip. Tak capai sasaran bermakna denda, atau lebih teruk
    .feedback = Anda melakukan apa yang dipaksa ke atas anda, dengan hutang dan ugutan di atas kepala. Itu bukan salah anda: PBB memanggil orang dalam keadaan anda mangsa, bukan penjenayah, dan itu tidak berubah hanya kerana kerja itu pernah dipanggil kelabu. Harganya nyata: seseorang yang jauh di sana semakin terjerat.
half-knew-desk-slow = Kekalkan sembang mesra dan jangan sampai ke aplikasi. Laporkan "tiada kemajuan"
    .feedback = Berusaha mendatangkan kemudaratan sesedikit mungkin itu berani, dan ada harganya: denda pada hutang anda dan mata ketua pasukan yang memerhati. Apa pun pilihan anda di sini, anda memilih di bawah ugutan.
half-knew-desk-refuse = Beritahu ketua pasukan yang anda tidak mahu buat ini. Anda datang untuk pemasaran
    .feedback = Menolak secara terang memerlukan keberanian. Harganya: denda, amaran akan dijual, dan satu malam tanpa makan. Itu bukan salah anda, dan menyatakan kebenaran bukan satu kesilapan.

half-knew-afraid-phone = Malam itu, { $coworker }, yang tidur di katil atas, berbisik: "Aku ada telefon. Disorok. Dua minit, dalam bilik air."
    .discuss = Ramai orang di dalam percaya bahawa kerana mereka tahu ada yang tidak kena, mereka tidak boleh minta tolong. Apa yang anda mahu mereka tahu?
half-knew-afraid-fear = "Tapi kau nak hubungi siapa? Kalau kita hubungi kedutaan, mereka tanya apa kita buat. Kita tahu ia kelabu. Mungkin kita pun kena tangkap."
half-knew-afraid-we-are-victims = Bisik kembali: "Kita setuju nak kerja. Bukan setuju dengan ini. Kita boleh minta tolong."
    .feedback = Itu kebenarannya, dan menyebutnya membantu kamu berdua. Kedutaan membantu rakyat yang pergi untuk kerja yang mereka tahu tidak betul; yang penting bagi mereka ialah anda ditahan dan dipaksa.
half-knew-afraid-just-phone = Jangan sebut apa-apa. Ambil saja telefon itu dan ucap terima kasih
    .feedback = { $coworker } juga ditahan, dan mengambil risiko untuk anda. Orang di dalam yang saling membantu ialah cara banyak berita sampai ke luar.
half-knew-afraid-no-one = Tolak. Mungkin { $coworker } betul: siapa nak tolong orang yang sudah tahu?
    .feedback = Ketakutan inilah tujuan "kau tahu": ia membuatkan orang diam. Ia tidak benar. Tahu sesuatu kerja itu kelabu tidak menghapuskan hak anda untuk dibantu, dan kedutaan membantu orang yang berada tepat dalam keadaan anda.

half-knew-end-silent = Anda memulangkan telefon itu tanpa menggunakannya. Minggu demi minggu berlalu, dan hutang terus bertambah. Buat masa ini anda masih di dalam. Anda bukan penjenayah, dan anda tidak kehilangan hak untuk dibantu apabila bersetuju dengan kerja kelabu: itulah yang bos-bos mahu anda percaya. Ribuan orang telah dibebaskan selepas satu mesej sampai ke luar, daripada mereka sendiri atau keluarga mereka. { $coworker } masih menyimpan telefon itu.

half-knew-phone-bathroom = Bilik air. Satu bar isyarat. Dua minit.
half-knew-phone-who = Kepada siapa anda menulis?
half-knew-phone-local-police = Halaman balai polis tempatan. Mereka dekat, dan boleh datang malam ini
    .feedback = Ia terasa seperti bantuan paling cepat. Tetapi berhampiran pusat penipuan, polis tempatan mungkin berhubung dengan bos-bos, dan mangsa yang terselamat berkata mesej mereka diserahkan semula. Kedutaan anda, talian bantuan kebangsaan, NGO yang dipercayai atau keluarga anda ialah langkah pertama yang lebih selamat.
half-knew-phone-embassy = Talian kecemasan kedutaan anda, dari laman rasminya: di mana anda dan bahawa anda ditahan
    .feedback = Kedutaan mempunyai talian kecemasan untuk rakyat dalam bahaya, dan bekerjasama dengan NGO yang dipercayai dan pihak berkuasa. Mereka tidak bertanya sama ada anda layak dibantu.
half-knew-phone-consul-again = Nombor kedutaan yang anda simpan sebelum pergi. Mereka sudah ada nama anda
    .feedback = Mendaftar sebelum pergi ialah langkah berhati-hati, dan kini ia berhasil: kedutaan tahu siapa anda dan ke mana anda kata anda akan pergi.
half-knew-phone-relative = { $relative } anda: di mana anda, nama syarikat, dan "hubungi kedutaan"
    .feedback = Keluarga boleh menghubungi kedutaan dan talian bantuan kebangsaan untuk anda, dan terus menghubungi. Nama tempat dan nama syarikat memberi mereka sesuatu untuk bertindak.
half-knew-phone-relative-knows = { $relative } anda, yang sudah memegang kontrak, nombor plat dan alamat: "Ini betul-betul berlaku. Hubungi kedutaan."
    .feedback = Apa yang anda tinggalkan pada keluarga sebelum pergi kini berguna: dalam satu panggilan mereka boleh memberi kedutaan segala-galanya.

half-knew-leaked-office = Dua hari kemudian, ketua pasukan memanggil anda ke pejabatnya dan meletakkan mesej anda kepada polis di atas meja.
half-knew-leaked-shown = "Kawan aku di balai yang hantar. Nampak? Tiada siapa tolong penipu." Dia kata anda akan "dipindahkan" ke syarikat lain.

half-knew-embassy-reply-got = Kami sudah terima mesej anda. Anda tidak bersalah. Kami sedang berusaha membantu anda.
half-knew-embassy-reply-victim = Orang yang dipaksa bekerja di tempat seperti ini ialah mangsa. Kami tidak bertanya kenapa anda pergi.
half-knew-embassy-reply-pin = Jika selamat, hantar pin lokasi dan nama bangunan.
half-knew-embassy-reply-send-now = Hantar pin sekarang, ketika pengawal di hujung koridor
    .feedback = Risiko sebenar, diambil dengan pantas. Lokasi itulah yang membolehkan kedutaan dan pihak berkuasa bertindak.
half-knew-embassy-reply-tell-knew = Tulis dahulu yang benar: "Saya tahu kerja ini kelabu. Adakah saya akan ditangkap?"
    .feedback = Ramai orang takut bertanya ini. Bertanya kepada kedutaan, bukan kepada bos-bos, ialah cara mendapat jawapan yang benar.
half-knew-embassy-reply-wait-night = Padam sembang dan tunggu malam, bila koridor kosong
    .feedback = Menunggu saat yang lebih selamat ialah pilihan yang munasabah; pengawal berada dekat. Apa yang berlaku selepas itu bukan sesuatu yang boleh anda ketahui.

half-knew-embassy-answers-knowing = Tahu sesuatu kerja itu kelabu tidak bermakna anda setuju dikurung, diugut atau dijual. Anda mangsa pemerdagangan orang, dan anda akan dilayan sebagai mangsa.
half-knew-embassy-answers-pin = Sekarang, jika selamat: pin lokasi dan nama bangunan.

half-knew-family-reply-got = Dah terima. Sayang kau. Jangan balas kalau tak selamat.
half-knew-family-reply-calling = Aku telefon kedutaan dan talian bantuan sekarang.
half-knew-family-reply-ask = Mereka tanya: berapa orang, bangunan mana?
half-knew-family-reply-send-others = Lebih kurang enam puluh di tingkat aku, banyak negara, bangunan kelabu tinggi dekat pintu pagar
    .feedback = Bilangan orang dan nama bangunan membolehkan beberapa kedutaan bertindak bersama, dan orang sering dibebaskan secara berkumpulan.
half-knew-family-reply-just-me = Tulis "aku seorang saja, kena pergi" dan pulangkan telefon
    .feedback = Berita tentang diri anda sampai ke luar ialah yang paling penting, dan memulangkan telefon dengan cepat juga menjaga keselamatan { $coworker }.
half-knew-family-reply-what-i-did = Tulis: "Jangan marah. Aku tahu kerja tu kelabu."
    .feedback = Rasa malu ikut masuk ke pusat penipuan bersama orang, dan ikut keluar semula. Keluarga yang mendengar kebenaran biasanya jauh lebih mengambil berat agar anda pulang.

half-knew-family-answers-answer = Aku tak kisah kerja tu dipanggil apa. Kau keluarga aku. Hantar nama bangunan.

half-knew-transfer-dawn = Sebelum subuh, pengawal mengejutkan sedozen orang dari tingkat anda, termasuk anda. "Syarikat baharu," kata ketua pasukan. "Hutang kau ikut kau."
half-knew-transfer-vans = Dua van menunggu di pintu pagar dengan tingkap bertutup.
half-knew-transfer-memorise = Perhatikan jalan melalui celah penutup, dan ingat setiap papan tanda
    .feedback = Diam-diam mengumpul apa yang boleh ialah satu cara untuk mengekalkan sedikit kawalan. Ia dilakukan di bawah ugutan, dan tiada apa dalam pemindahan ini salah anda.
half-knew-transfer-whisper-name = Bisikkan nama anda dan bandar keluarga anda kepada { $coworker }, yang tinggal
    .feedback = Itu satu risiko, diambil ketika pengawal dekat. Nama yang disampaikan boleh sampai ke kedutaan walaupun anda sendiri tidak boleh.
half-knew-transfer-head-down = Tunduk dan ikut arahan mereka
    .feedback = Menjaga diri seselamat mungkin ialah pilihan sebenar di bawah ugutan. Itu bukan berputus asa, dan bukan salah anda.

## Endings

half-knew-end-rescued = Tiga minggu kemudian, nama-nama dibacakan di pintu pagar: kedutaan, sebuah NGO yang dipercayai dan pihak berkuasa bertindak bersama. Nama anda salah satunya. Kemudian ada hari-hari saringan dan urusan dokumen, dan tempat perlindungan, sebelum perjalanan pulang. Tiada siapa meminta anda membuktikan bahawa anda tidak tahu. Tahu sesuatu kerja itu kelabu tidak pernah bermakna setuju untuk ditahan, diugut atau dijual, dan anda dilayan sebagai mangsa pemerdagangan orang, kerana itulah anda. Hutang itu tidak pernah benar. Perekrut mungkin menghubungi mangsa yang terselamat sekali lagi: simpan nombor kedutaan dekat dengan anda.

half-knew-end-group = Mesej anda memberi kedutaan sebuah bangunan dan satu bilangan. Beberapa kedutaan dan sebuah NGO bertindak bersama, dan beberapa minggu kemudian satu kumpulan besar dibebaskan, termasuk anda. Kemudian ada saringan, menunggu dokumen, dan hak untuk dilayan sebagai mangsa, bukan penjenayah. Sebahagian orang yang dibebaskan bersama anda tahu kerja itu tidak betul, sebahagian tidak; ia tidak mengubah apa yang dilakukan kepada mereka, dan tidak mengubah hak mereka untuk pulang.

half-knew-end-moved = Anda berada di pusat penipuan lain, di bandar lain, dengan ketua pasukan baharu dan hutang yang sama. Tiada apa yang anda lakukan menyebabkan ini: orang dipindahkan dan dijual sepanjang masa, kadang-kadang tepat ketika bantuan hampir tiba. Apa jua berita tentang anda yang sudah keluar, daripada anda, keluarga anda atau { $coworker }, masih ada di luar sana, dan mereka yang memegangnya terus bertanya. Orang yang dipindahkan begini pernah ditemui dan dibebaskan. Anda pernah setuju dengan kerja kelabu; anda tidak pernah setuju dengan ini, dan anda tetap mangsa, bukan penjenayah.

## The catalogue's red flags, in this story's setting

half-knew-redflag-vague-role = "Pemasaran dalam talian, sedikit kelabu"
    .explain = Perekrut yang mengaku kerjanya "sedikit kelabu" kedengaran jujur, dan membuatkan anda rasa turut tahu rahsia. Itulah tujuannya: perkataan itu menyembunyikan kerja sebenar, iaitu dikurung dan dipaksa, dan kemudian ia digunakan terhadap anda: "kau tahu".
    .advice = Tanya secara bertulis apa sebenarnya kerja itu, siapa majikannya dan di mana. Kerja yang tidak dapat anda terangkan ialah kerja yang tidak dapat anda semak, dan kerja kelabu tidak memberi anda kontrak, undang-undang atau agensi yang menyebelahi anda.

half-knew-redflag-passport-handover = Pasport diambil di sempadan
    .explain = Pemandu yang "uruskan cop untuk awak" menjimatkan masa selepas perjalanan panjang. Tetapi sebaik pasport terlepas dari tangan anda, dan kereta memintas pusat pemeriksaan, tiada rekod bagaimana anda masuk dan tiada apa untuk anda keluar.
    .advice = Simpan pasport anda sendiri dan menyeberang hanya di pusat pemeriksaan rasmi, di mana pegawai mengecopnya di hadapan anda. Jika ada yang mengambilnya, beritahu kedutaan dan keluarga anda di mana anda berada sebaik sahaja selamat.

half-knew-redflag-informal-border = Memintas pusat pemeriksaan
    .explain = "Ikut sini lebih cepat" kedengaran seperti pengetahuan orang tempatan, dan pada waktu malam, letih, dalam kereta orang asing, sukar untuk membantah. Menyeberang di luar pusat pemeriksaan tidak meninggalkan cop dan rekod, jadi sejak minit pertama anda berada di negara itu secara haram, dan lebih mudah ditahan.
    .advice = Menyeberang hanya di pusat pemeriksaan rasmi, dengan pasport dicop di hadapan anda. Jika pemandu membelok, minta turun sebelum sempadan, dan beritahu keluarga serta kedutaan anda di mana anda berada.

half-knew-redflag-debt-bondage = "Kau tahu": hutang dan rasa bersalah
    .explain = Hutang rekaan untuk perjalanan dan bilik menahan orang di tempatnya, dan "kau tahu kerja apa ni" membuatkan mereka diam. Kedua-duanya dusta. Tahu sesuatu kerja itu kelabu bukan persetujuan untuk ditahan, diugut, dipukul atau dijual: di bawah undang-undang antarabangsa, persetujuan tidak dikira apabila penipuan atau paksaan digunakan, dan PBB memanggil orang yang dipaksa menipu sebagai mangsa, bukan penjenayah.
    .advice = Anda tidak berhutang apa-apa kerana diperdagangkan. Sampaikan berita kepada kedutaan, talian bantuan kebangsaan atau keluarga anda, walau apa pun yang anda tahu semasa pergi. Kedutaan membantu rakyat yang tahu kerja itu tidak betul; yang penting ialah anda ditahan.
