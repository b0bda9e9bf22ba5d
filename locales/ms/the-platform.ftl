# Machine-drafted translation: needs review by a native speaker.
the-platform-title = Platform dagangan
the-platform-summary = Anda berkenalan dengan seseorang yang baik hati dan berjaya di aplikasi temu janji. Tidak lama kemudian, dia mahu menunjukkan kepada anda cara dia membuat duit.

## Characters

the-platform-character-match = { $match }
the-platform-character-platform = { $platform }
the-platform-character-support = Khidmat Pelanggan { $platform }
the-platform-character-genuine = { $genuine }
the-platform-character-colleague = { $colleague }, rakan sekerja anda

## Variables

the-platform-you-nurse-ohio = seorang jururawat di Columbus, Ohio
the-platform-you-clerk-bangkok = seorang kerani bank di Bangkok
the-platform-you-engineer-munich = seorang jurutera di Munich
the-platform-you-engineer-pune = seorang jurutera perisian di Pune
the-platform-you-teacher-manila = seorang guru di Manila
the-platform-match-daniel = Daniel
the-platform-match-mei = Mei
the-platform-match-ryan = Ryan
the-platform-match-sofia = Sofia
the-platform-genuine-priya = Priya
the-platform-genuine-tom = Tom
the-platform-genuine-lukas = Lukas
the-platform-genuine-nok = Nok
the-platform-colleague-maria = Maria
the-platform-colleague-somchai = Somchai
the-platform-colleague-jonas = Jonas
the-platform-colleague-ravi = Ravi
the-platform-platform-vexora = Vexora Markets
the-platform-platform-bitharbor = BitHarbor Global
the-platform-platform-zentro = ZentroCoin Pro

## The match

the-platform-start = Anda ialah { $you }. Kerja sibuk dan anda tidak banyak masa untuk berkenalan dengan orang, jadi anda mencuba aplikasi temu janji. Pada suatu petang anda dipadankan dengan { $match }: senyuman mesra, kerja yang bagus, gambar-gambar percutian yang cantik. Profilnya berbunyi: "Mencari hubungan yang serius."
    .discuss = Apa yang membuatkan profil temu janji terasa boleh dipercayai? Yang mana antaranya boleh ditiru oleh penipu?

the-platform-first-chat-hello = Hai! Selalunya saya tak tegur dulu. Tapi senyuman awak buat hari saya ceria.
    .discuss = Ramai orang sebenar juga berpindah ke WhatsApp. Apa yang patut anda perhatikan selepas perpindahan seperti ini?
the-platform-first-chat-kind = Awak nampak macam orang yang baik hati. Orang baik hati jarang jumpa sekarang.
the-platform-first-chat-move = Saya jarang guna aplikasi ni, banyak profil palsu. Boleh kita sembang di WhatsApp? Ini nombor saya.
the-platform-first-chat-give-number = Hantar mesej ke nombor itu di WhatsApp
    .feedback = Cepat berpindah daripada aplikasi temu janji ke sembang peribadi sering menjadi langkah pertama. Di sana, aplikasi itu tidak lagi dapat melihat sembang atau memadam akaun tersebut. Ramai orang sebenar juga bertukar aplikasi, jadi perhatikan apa yang berlaku seterusnya.
the-platform-first-chat-stay = "Kita sembang di sini dulu untuk sementara waktu."
    .feedback = Naluri yang baik. Di dalam aplikasi, alat keselamatannya tetap dekat. Dan cara seseorang bertindak balas terhadap "belum lagi" yang kecil banyak memberitahu anda.

the-platform-push = Tentu, tak ada paksaan! Cuma aplikasi ni asyik log keluar saya. Saya tak nak kehilangan awak. Saya tunggu awak di WhatsApp, okey?
the-platform-push-give-in = Baiklah. Hantar mesej kepadanya di WhatsApp.
    .feedback = "Tak ada paksaan", kemudian permintaan yang sama sekali lagi, ialah cara untuk melemahkan penolakan. Ia berkesan kerana menolak dua kali terasa kurang sopan. Aplikasi yang "asyik log keluar" ialah alasan biasa.
the-platform-push-hold = "Saya selesa kekal di aplikasi ni. Nanti kita sembang lagi!"
    .feedback = Anda mengikut rentak anda sendiri. Orang yang benar-benar berminat dengan anda boleh menunggu beberapa hari.

## The private chat

the-platform-love-bomb-morning = Selamat pagi, sayang. Saya terfikirkan awak sepanjang malam.
    .discuss = Mesej mana yang paling menyenangkan untuk diterima? Kenapa penipu mungkin menghantar mesej itu dengan tepat?
the-platform-love-bomb-soulmate = Saya tahu baru seminggu. Tapi saya rasa macam dah kenal awak seumur hidup.
the-platform-love-bomb-future = Satu hari nanti kita melancong sama-sama. Paris? Bali? Awak pilih.
the-platform-love-bomb-busy = Maaf, saya tak boleh telefon hari ni. Saya sedang bertugas di luar dan liputan sangat teruk.
the-platform-love-bomb-ask-video = Minta panggilan video yang singkat hujung minggu ini
    .feedback = Panggilan video singkat ialah ujian yang adil, dan penipu sering mengelaknya. Ia membantu tetapi bukan bukti: video boleh dipalsukan dengan alat tukar muka. Peraturan yang sentiasa benar: jangan sekali-kali melabur atau menghantar wang atas cadangan orang yang anda kenal dalam talian.
the-platform-love-bomb-enjoy = Nikmatinya. Seronok rasanya diingini.
    .feedback = Ini "love bombing": perasaan yang sangat kuat selepas beberapa hari, masa depan bersama, mesej sepanjang hari. Ia berkesan terhadap sesiapa pun, kerana ia memenuhi keperluan yang sebenar. Bersama perpindahan cepat ke WhatsApp, ini permulaan yang klasik.

the-platform-video-excuse-camera = Video? Kamera telefon saya rosak. Saya sedang tunggu telefon baharu.
the-platform-video-excuse-shy = Dan sebenarnya, saya malu depan kamera. Saya nak kali pertama kita berjumpa secara bersemuka.
the-platform-video-excuse-promise = Saya akan melawat awak bulan depan, saya janji. Awak percaya saya, kan?
the-platform-video-excuse-accept = Terima sahaja. Bulan depan tidak lama lagi.
    .feedback = Sentiasa ada alasan untuk tidak menunjukkan muka: kamera rosak, liputan lemah, malu. Gambar-gambarnya mungkin dicuri. Lawatan "bulan depan" itu biasanya tidak pernah berlaku.
the-platform-video-excuse-insist = "Lima minit di video, atau saya berhenti bersembang."
    .feedback = Anda berpegang pada ujian yang adil: ramai penipu mengelak video kerana muka tidak sepadan dengan gambar. Ada yang memalsukannya dengan alat tukar muka, jadi panggilan pun bukan bukti. Apa pun berlaku, jangan sekali-kali melabur atau menghantar wang atas cadangan orang yang anda kenal dalam talian.

the-platform-pull-back-hurt = Wah. Selepas semua yang kita kongsi, awak ingat saya penipu?
the-platform-pull-back-guilt = Saya dah buka hati saya kepada awak. Saya ingat awak lain.
the-platform-pull-back-stand-firm = Kekal baik tetapi tegas. Sekat nombor itu dan laporkan profil itu kepada aplikasi temu janji.
    .feedback = Rasa bersalah membuatkan permintaan yang adil terasa kejam. Anda tidak bersalah apa-apa kerana meminta untuk melihat dengan siapa anda bercakap. Laporan membantu aplikasi itu memadam profil yang digunakan terhadap ramai orang.
the-platform-pull-back-apologise = Minta maaf. Anda tidak mahu melukakan hatinya.
    .feedback = Membuat anda rasa bersalah kerana permintaan yang adil ialah cara untuk mengambil semula kawalan. Ia berkesan kerana orang yang baik hati tidak mahu melukakan sesiapa. Perhatikan: masih tiada panggilan video.

## The tip

the-platform-tip-thanks = Awak buat saya sangat gembira. Boleh saya beritahu satu rahsia?
the-platform-tip-secret = Pak cik saya penganalisis pasaran. Dia beri saya isyarat untuk dagangan kripto di { $platform }.
the-platform-tip-profit = Bulan lepas saya dapat untung 30%. Saya nak awak pun hidup senang.
the-platform-tip-small = Mula sikit dulu, ${ $deposit } saja. Saya akan bimbing awak langkah demi langkah. Ini pautan ke aplikasinya.
the-platform-tip-try-small = Pasang aplikasi daripada pautan itu dan masukkan ${ $deposit }
    .feedback = Petua kripto daripada orang yang anda kenal hanya dalam talian ialah teras penipuan ini. Aplikasi yang ditunjukkan oleh kenalan dalam talian dikendalikan oleh penipu, sama ada daripada pautan atau daripada kedai aplikasi rasmi: aplikasi dagangan palsu pernah ditemui di kedua-duanya. Setiap angka di dalamnya boleh direka.
the-platform-tip-check-first = Katakan anda mahu menyemak { $platform } dahulu. Cari namanya dan pengawal selia kewangan negara anda.
    .feedback = Bagus. Syarikat dagangan sebenar mempunyai lesen, dan anda boleh mencarinya sendiri dalam senarai pengawal selia. Petua "pasti untung" daripada kekasih baharu ialah corak yang diketahui, walau sebaik mana pun orang itu nampaknya.

the-platform-check-stop-report = Semakan lulus, tetapi tip daripada orang yang saya kenal dalam talian tetap tip. Berhenti, dan laporkan profil itu
    .feedback = Anda membiarkan satu peraturan membuat keputusan, bukan daftar: tiada wang atas tip daripada orang yang dikenali dalam talian. Anda tidak rugi apa-apa, dan laporan membantu aplikasi membuang profil yang digunakan terhadap ramai orang.

## The early profit

the-platform-profit-balance = Selamat kembali! Akaun anda naik 42% minggu ini.
the-platform-profit-withdraw = Pengeluaran ujian sebanyak $50: selesai. Semak akaun bank anda!

the-platform-event-see = Nampak? Saya dah kata memang betul.
    .discuss = Pengeluaran itu memang berjaya. Kenapa penipu membenarkan anda mengeluarkan wang?
the-platform-event-chance = Berita besar: acara VIP 48 jam. Deposit ${ $big } dan dapat bonus 30%. Saya pun masukkan duit saya.
the-platform-event-secret = Jangan beritahu keluarga awak dulu. Mereka takkan faham. Ini untuk masa depan kita bersama.
the-platform-event-deposit-big = Pindahkan ${ $big } daripada simpanan anda. Lagipun pengeluaran tadi berjaya.
    .feedback = Pengeluaran kecil itu ialah umpan. Ia tidak banyak merugikan penipu dan membeli kepercayaan anda untuk deposit yang jauh lebih besar. Tarikh akhir dan "jangan beritahu keluarga" menghalang anda daripada menyemak.
the-platform-event-ask-someone = Tunggu. Bincang dengan orang yang anda percayai sebelum menyentuh simpanan anda.
    .feedback = Bagus. Tarikh akhir dan rahsia itu ada untuk menghalang anda berbuat begini. Peluang sebenar tidak lenyap hanya kerana anda mengambil sehari untuk bertanya.

## The blocked withdrawal

the-platform-blocked-request = Permintaan pengeluaran: baki penuh. Status: DITAHAN.
the-platform-blocked-tax = Keuntungan anda mesti dikenakan cukai sebelum dilepaskan. Bayar cukai sebanyak ${ $fee } menggunakan dana luar untuk melepaskan pengeluaran anda.
the-platform-blocked-deadline = Bayar dalam masa 72 jam, atau akaun anda akan dibekukan atas sebab keselamatan.
the-platform-blocked-pay-fee = Bayar ${ $fee }. Memang banyak, tetapi jauh lebih sedikit daripada baki anda.
    .feedback = Cukai sebenar dibayar kepada pejabat cukai. Ia tidak dibayar kepada platform untuk membuka wang anda sendiri. Baki itu hanya angka di skrin yang dikawal oleh penipu, dan setiap yuran akan diikuti yuran lain.
the-platform-blocked-refuse = Tolak. Minta mereka potong cukai daripada baki anda, atau pulangkan wang yang anda masukkan.
    .feedback = Betul. Jika wang itu benar-benar ada, sebarang yuran boleh dipotong daripadanya. Wang baharu sebelum anda boleh mengeluarkan wang sendiri ialah tanda bahawa tiada apa-apa untuk dikeluarkan.

the-platform-more-fees-received = Cukai diterima, terima kasih.
the-platform-more-fees-flagged = Akaun anda kini dalam semakan anti pengubahan wang haram. Deposit pengesahan sebanyak ${ $fee } diperlukan. Ia akan dipulangkan sepenuhnya.
the-platform-more-fees-urgent = Ini prosedur biasa. Kebanyakan pelanggan membayar pada hari yang sama.
the-platform-more-fees-pay-again = Bayar lagi. Berhenti sekarang bermakna kehilangan segala-galanya.
    .feedback = Perasaan inilah perangkapnya: semakin banyak yang anda masukkan, semakin sukar untuk berhenti. Akan sentiasa ada satu lagi yuran, kerana tiada apa-apa untuk dilepaskan.
the-platform-more-fees-stop = Berhenti membayar. Simpan setiap sembang, tangkapan skrin dan resit.
    .feedback = Berhenti selepas anda sudah membayar memang sukar, dan itulah keputusan yang betul. Setiap yuran baharu hanyalah cara untuk mengambil lebih banyak. Bukti anda akan membantu bank dan polis.

the-platform-stopped = Apabila anda berhenti membayar, { $match } bersikap manis, kemudian dingin, kemudian marah. Kemudian nombor itu hilang dan laman web tidak lagi boleh dibuka. Anda rasa loya dan malu. Tetapi ini dilakukan terhadap anda, oleh satu pasukan yang melakukannya kepada orang setiap hari.
    .discuss = Kenapa begitu ramai orang tidak pernah memberitahu sesiapa selepas penipuan seperti ini?
the-platform-stopped-report = Hubungi talian penipuan bank anda dan laporkan kepada agensi jenayah siber kebangsaan
    .feedback = Bertindak cepat itu penting. Bank mungkin boleh menghentikan bayaran yang belum diproses, dan laporan membantu polis mengaitkan kes-kes. Simpan tangkapan skrin, alamat dompet kripto dan resit.
the-platform-stopped-tell-colleague = Beritahu { $colleague } di tempat kerja. Dia bercakap tentang aplikasi kripto minggu lepas.
    .feedback = Memerlukan keberanian untuk memberitahu seseorang. Ia juga memecahkan kesenyapan yang diharapkan oleh penipu.

## The colleague

the-platform-colleague-phone = Tengok, saya pun guna { $platform }! Kawan yang saya kenal dalam talian tunjukkan.
the-platform-colleague-gains = Saya dapat untung 40% dalam sebulan. Malam ni ada acara VIP. Saya nak masukkan simpanan saya.
the-platform-colleague-compare-notes = Bandingkan cerita anda: cepat berpindah ke aplikasi peribadi, tiada panggilan video, petua "pasti untung", pengeluaran kecil yang berjaya.
    .feedback = Skrip yang sama dua kali bukan kebetulan, itu satu kaedah. Dua "kawan" yang dikenali dalam talian, kedua-duanya dengan petua pasti untung dan keuntungan awal: keuntungan itu ialah umpan. Mendengar langkah-langkahnya bersebelahan sering membuatkan seseorang berhenti.
the-platform-colleague-show-warning = Tunjukkan kepada { $colleague } apa yang anda temui: laman web baharu, tiada lesen, hantaran forum itu.
    .feedback = Fakta, bukan sekadar perasaan, membantu seseorang mendengar. Jauh lebih mudah untuk berhenti sebelum deposit besar berbanding selepasnya.
the-platform-colleague-join-in = Jika kamu berdua dapat untung, mesti betul. Sertai acara VIP itu.
    .feedback = Dua orang yang melihat keuntungan dalam aplikasi yang sama tidak menjadikannya benar. Aplikasi itu menunjukkan apa sahaja angka yang dikehendaki oleh penipu, kepada semua orang.
the-platform-colleague-stay-quiet = Diam sahaja. Anda terlalu malu.
    .feedback = Rasa malu membuatkan ramai orang berdiam diri, dan penipu bergantung pada perkara itu. Apa yang berlaku kepada anda bukan salah anda, dan kisah anda boleh menyelamatkan orang lain.

## The genuine match

the-platform-other-match = { $match } tidak pernah menulis lagi, jadi anda melaporkan profil itu. Seminggu kemudian anda dipadankan dengan { $genuine }, yang bertanya tentang makanan jalanan kegemaran anda dan membuat anda ketawa. Anda bersembang di aplikasi itu selama beberapa hari. Kemudian: "Awak nak buat panggilan video sekejap sebelum kita berjumpa? Saya pun rasa lebih selamat."
the-platform-other-match-video-call = Setuju untuk panggilan video yang singkat
    .feedback = Panggilan video awal ialah tanda baik: orang itu sepadan dengan gambar dan tiada apa yang disorok. Ia tidak membuktikan segalanya, kerana video boleh dipalsukan; apa yang orang ini tidak pernah lakukan ialah meminta wang atau memberi cadangan pelaburan.
the-platform-other-match-unmatch-all = Batalkan padanan. Selepas { $match }, semua orang dalam talian terasa palsu.
    .feedback = Itu boleh difahami. Tetapi padanan ini melakukan semuanya dengan betul: kekal di aplikasi, tidak tergesa-gesa, menawarkan panggilan video. Mengenali tanda-tandanya membolehkan anda membezakan orang, bukannya berputus asa dengan semua orang.

the-platform-video-date-hi = Hai! Maaf, lampu dapur saya teruk. Awak nampak saya dengan jelas?
    .discuss = { $genuine } mencadangkan bertukar nombor, tetapi hanya selepas berjumpa. Apa lagi yang berbeza daripada { $match }?
the-platform-video-date-plan = Jadi... minum kopi hari Sabtu? Ada kafe yang sibuk dekat stesen. Beritahu kawan awak di mana awak akan berada. Saya pun akan buat begitu.
the-platform-video-date-swap = Dan kalau semuanya okey, kita boleh bertukar nombor selepas itu.
the-platform-video-date-meet = Setuju untuk minum kopi, dan beritahu kawan di mana anda akan berada
    .feedback = Tempat awam yang sibuk, dan kawan yang tahu di mana anda berada: temu janji pertama yang selamat. Dan perhatikan apa yang tidak pernah disebut: wang, kripto atau rahsia.
the-platform-video-date-wait-longer = Katakan anda mahu bersembang sedikit lagi dahulu
    .feedback = Mengikut rentak sendiri itu tidak mengapa. Orang yang ikhlas menerimanya tanpa membuat anda rasa bersalah atau tertekan.

## Endings

the-platform-end-safe = Anda berhenti sebelum ada wang yang berpindah, dan aplikasi temu janji itu memadam profil yang anda laporkan. Gambar dan kata-kata manis yang sama mungkin dihantar kepada ramai orang serentak. Selalunya orang yang menaip bekerja di pusat penipuan, dan sesetengah mereka dipaksa berbuat demikian.
the-platform-end-coffee = Apabila anda sudah bersedia, anda berjumpa { $genuine } di sebuah kafe yang sibuk. Agak kekok dan sangat menyeronokkan. Tiada siapa menyebut tentang wang, kripto atau rahsia. Apa pun yang berlaku selepas ini, inilah rupa padanan yang sebenar: perlahan, terbuka dan gembira untuk dilihat.
the-platform-end-scammed = { $match }, { $platform } dan "khidmat pelanggan"nya semuanya satu penipuan, dijalankan oleh penjenayah terancang. Wang yang anda masukkan sudah hilang. Itu bukan salah anda. Laporkan kepada bank anda dan agensi jenayah siber kebangsaan, dan simpan setiap sembang, resit dan alamat dompet kripto. Berhati-hati dengan sesiapa yang menawarkan untuk mendapatkannya semula dengan bayaran.
the-platform-end-helped = { $colleague } berhenti sebelum acara VIP itu. Bersama-sama anda melaporkan { $platform } dan profil-profil itu kepada aplikasi temu janji, bank anda dan agensi jenayah siber kebangsaan, dan anda menyimpan tangkapan skrin sebagai bukti. Satu perbualan jujur pada saat yang tepat telah menyelamatkan banyak wang dan banyak kesakitan.

## Pilihan yang lebih sukar

the-platform-character-firm = Khidmat pelanggan, firma berlesen
the-platform-character-recovery = Global Asset Recovery Partners
the-platform-first-chat-image-search = Buat carian songsang gambar mereka dahulu. Jika tiada yang pelik, pindah ke WhatsApp
    .feedback = Semakan yang adil, dan ia tidak menemui apa-apa: gambar itu mungkin dari akaun peribadi atau dibuat oleh AI. Hasil bersih bukan bukti, dan berpindah ke sembang peribadi tetap langkah yang perlu diawasi.
the-platform-push-video-first = "Jom buat panggilan video sekejap di aplikasi ini dulu, lepas tu saya tukar"
    .feedback = Syarat yang adil, dan alat keselamatan aplikasi kekal dekat. Perhatikan jawapan yang datang.
the-platform-love-bomb-tell-friend = Beritahu kawan baik anda tentang { $match }, dengan tangkapan skrin profil
    .feedback = Bercerita ialah tabiat yang baik: penipuan membesar dalam rahsia. Kawan anda gembira untuk anda, dan setakat ini tiada apa-apa diminta daripada anda. Terus beritahu dia.
the-platform-video-excuse-voice-call = Minta panggilan suara sahaja, malam ini
    .feedback = Panggilan suara terasa seperti langkah sebenar, dan yang ini berjalan lancar. Tetapi suara membuktikan sedikit: ada orang di sana, bukan siapa dia atau apa yang dia mahu.
the-platform-voice-warm = { $match } menelefon malam itu: suara mesra, ketawa perlahan, sepuluh minit perbualan santai.
the-platform-voice-noise = Di belakang suara itu ada dengungan, seperti ramai orang bercakap dalam bilik besar. "Maaf, saya masih di pejabat, semua orang kerja lewat di sini."
    .discuss = Apa yang dibuktikan oleh panggilan suara, dan apa yang tidak?
the-platform-pull-back-wait-visit = Minta maaf, dan tunggu lawatan bulan depan sebelum memutuskan apa-apa
    .feedback = Memberi masa kedengaran adil. Tetapi lawatan bulan depan juga sebahagian daripada cerita, dan sementara itu sembang berterusan setiap hari, mengikut cara mereka.
the-platform-tip-own-exchange = Beli kripto di bursa besar yang anda sudah guna, kemudian hantar ke { $platform } seperti yang diterangkan { $match }
    .feedback = Bursa itu tulen, jadi ia terasa selamat. Tetapi wang keluar dari situ ke { $platform }, pilihan { $match }: penipu sering menyuruh orang melalui bursa tulen dahulu.

the-platform-check-register = Anda mencari di laman pengawal selia kewangan negara anda. { $platform } ada di situ: nama yang sama, nombor lesen, alamat pejabat sebenar.
    .discuss = Platform ini ada dalam daftar pengawal selia. Apa lagi yang anda mahu tahu sebelum mempercayainya?
the-platform-check-site = Laman itu menunjukkan nombor lesen yang sama di bahagian bawah, dan sembang langsung menjawab dalam beberapa saat.
the-platform-check-small-test = Berlesen. Masukkan hanya ${ $deposit }, wang yang anda sanggup hilang, dan cuba pengeluaran
    .feedback = Permulaan kecil selepas semakan sebenar ialah sikap berhati-hati, dan ramai orang berhati-hati melakukan tepat begini. Perhatikan bagaimana pengeluaran itu berjalan.
the-platform-check-call-register = Telefon firma itu di nombor yang disenaraikan pengawal selia, dan tanya sama ada aplikasi ini milik mereka
    .feedback = Inilah semakan yang berkesan: nombor yang anda cari sendiri, bukan dari laman itu. Kosnya satu waktu rehat tengah hari menunggu di talian.

the-platform-clone-not-us = { $platform } memang nama kami, tetapi aplikasi itu bukan milik kami. Aplikasi kami hanya ada di kedai rasmi, dan kami tidak pernah menghubungi pelanggan melalui aplikasi temu janji.
the-platform-clone-clones = Seseorang menyalin nama dan nombor lesen kami ke laman tiruan. Kami sudah memaklumkan pengawal selia; anda bukan pemanggil pertama minggu ini.
the-platform-clone-real = Jika anda mahu melabur dengan kami, anda boleh membuka akaun di laman kami sendiri. Ia mengambil masa seminggu.
the-platform-clone-stop-report = Ucap terima kasih, sekat { $match }, dan laporkan profil serta laman palsu itu
    .feedback = Anda berhenti sebelum sebarang wang berpindah. Melaporkan laman tiruan membantu firma dan pengawal selia memberi amaran kepada orang lain.
the-platform-clone-warn-colleague = Beritahu { $colleague } di tempat kerja: minggu lepas mereka bercakap tentang { $platform }
    .feedback = Berkongsi apa yang anda temui boleh melindungi orang lain. Ramai mangsa tidak mendengar amaran sehingga terlambat.
the-platform-clone-open-real = Tanya cara membuka akaun sebenar dengan mereka, mengikut cara anda sendiri
    .feedback = Tiada salahnya melabur, di platform yang anda cari dan semak sendiri. Jangkakan ia lebih perlahan dan kurang mengujakan berbanding tip itu.

the-platform-real-platform-slow = Pendaftaran sebenar meminta kad pengenalan, bukti alamat dan soal selidik tentang simpanan anda. Ia mengambil masa enam hari.
the-platform-real-platform-risk = Setiap halaman menyatakan anda boleh rugi. Tiada siapa menjanjikan pulangan, dan tiada siapa menelefon anda tentang "acara".
the-platform-real-platform-fees = Yuran disenaraikan dalam jadual. Anda boleh mengeluarkan wang bila-bila masa, ke akaun bank anda sendiri, tanpa cukai yang perlu dibayar dahulu.
the-platform-real-platform-open-small = Buka akaun, dan masukkan jumlah kecil yang anda pilih sendiri
    .feedback = Beginilah rupa platform sebenar: anda disemak, ada amaran, yuran bertulis, pengeluaran ke akaun anda sendiri. Bukan semua platform dagangan itu penipuan; yang patut diragui ialah platform yang orang asing suruh anda guna.
the-platform-real-platform-ask-adviser = Tanya penasihat bank anda dahulu
    .feedback = Pendapat kedua daripada orang yang tidak menjual apa-apa kepada anda mengambil satu petang, dan itu tabiat yang baik.
the-platform-real-platform-not-now = Putuskan bahawa melabur bukan untuk anda sekarang, dan laporkan profil serta laman tiruan itu
    .feedback = Itu juga pilihan yang adil. Tiada siapa wajib melabur, dan firma sebenar tidak mengejar anda.
the-platform-end-genuine = Akaun anda kecil, perlahan dan agak membosankan: naik sedikit, turun sedikit, dan tiada siapa menggesa anda. Anda menyemak firma itu sendiri, dalam daftar pengawal selia dan melalui nombor yang anda cari, dan kali ini platform itu tulen. Menyemak tidak sama dengan menolak segala-galanya. { $match } berhenti menulis pada hari anda berkata sudah menemui laman sebenar firma itu.

the-platform-small-deposit = Anda memasukkan ${ $deposit }. Baki naik setiap hari.
the-platform-small-test = Anda cuba mengeluarkan $50. Ia masuk ke akaun bank anda keesokan paginya.
the-platform-small-hold = Anda minta keluarkan bakinya. Status: ON HOLD. "Cukai pegangan kawal selia sebanyak 20% daripada keuntungan anda mesti dibayar dengan dana luar sebelum pelepasan." E-mel itu ada logo pengawal selia dan nombor lesen firma.
    .discuss = Anda sudah menyemak daftar, dan ujian pengeluaran berjaya. Apa yang akan membuat anda membayar ini, dan apa yang akan menghalang anda?
the-platform-small-pay-tax = Nampak rasmi, dan anda sudah menyemak firma itu. Bayar
    .feedback = Semua yang anda semak memang tulen: nama dan lesen milik firma sebenar. Laman itu tidak. Cukai sebenar dibayar kepada pejabat cukai, tidak pernah kepada platform untuk melepaskan wang anda sendiri.
the-platform-small-refuse = Tolak. Minta cukai itu ditolak daripada baki
    .feedback = Betul. Jika wang itu benar-benar ada, sebarang yuran boleh ditolak daripadanya. Diminta wang baharu sebelum boleh mengeluarkan wang sendiri ialah tanda tiada apa-apa untuk dikeluarkan.
the-platform-small-call-regulator = Telefon pengawal selia di nombor rasminya, dan tanya tentang cukai itu
    .feedback = Pengawal selia tiada cukai sebegitu, dan memberitahu bahawa nama dan lesen { $platform } digunakan oleh laman tiruan. ${ $deposit } anda sudah hilang, dan itu bukan salah anda: anda menyemak, dan penipuan ini dibina untuk lulus semakan.

the-platform-event-withdraw-first = Keluarkan semuanya dahulu, kemudian putuskan
    .feedback = Ujian yang adil: jika wang itu sebenar, anda boleh mengeluarkannya. Perhatikan apa yang berlaku apabila anda mencuba.
the-platform-blocked-ask-match = Tanya { $match }. Tentu dia pernah mengeluarkan wang sebelum ini
    .feedback = { $match } kata itu biasa dan menawarkan untuk membayar separuh cukai "sebab saya sayang awak". Bantuan membayar yuran ialah sebahagian daripada skrip: ia membuat anda rasa selamat dan menjadikan yuran seterusnya lebih sukar ditolak.
the-platform-more-fees-call-bank = Telefon bank anda sebelum menghantar apa-apa lagi
    .feedback = Betul. Pasukan penipuan bank anda melihat ini setiap minggu; mungkin mereka boleh menahan bayaran, dan akan membantu anda membuat laporan. Setiap yuran baharu hanyalah cara untuk mengambil lebih banyak.
the-platform-stopped-say-nothing = Jangan beritahu sesiapa. Terlalu memalukan
    .feedback = Rasa malu membuat ramai orang diam, dan penipu bergantung padanya. Ini bukan salah anda, dan laporan yang dibuat sekarang masih boleh membantu.

the-platform-recovery-know = Pelanggan yang dihormati, kami menulis tentang kerugian anda di { $platform }. Kami tahu ini masa yang sukar.
the-platform-recovery-agency = Kami bekerjasama dengan agensi jenayah siber kebangsaan dalam kes anda. Peguam kami telah menjejak dana anda ke sebuah dompet yang boleh dibekukan.
the-platform-recovery-fee = Untuk memulakan pelepasan undang-undang, kami perlukan yuran 10%, dibayar dalam USDT. Kebanyakan pelanggan mendapat semula dana dalam 14 hari.
    .discuss = Bagaimana mereka tahu tentang kerugian anda? Siapa yang tahu anda sudah membuat laporan?
the-platform-recovery-pay-recovery = Bayar yuran itu. Mereka tahu kes saya, jadi tentu mereka bekerjasama dengan agensi itu
    .feedback = Penipu menyimpan senarai orang yang wangnya mereka ambil dan menjualnya, jadi "firma pemulihan" boleh tahu setiap butiran. Polis dan pengawal selia sebenar tidak mengenakan yuran untuk menyiasat, dan tidak meminta kripto.
the-platform-recovery-call-agency = Telefon agensi jenayah siber di nombor rasminya dan tanya tentang firma ini
    .feedback = Agensi itu tidak pernah mendengar tentang mereka dan tidak bekerjasama dengan firma pemulihan. Anda menyemak dengan cara yang berkesan: nombor yang anda cari sendiri.
the-platform-recovery-ignore = Padam. Tiada siapa mendapat wang kembali dengan membayar yuran
    .feedback = Betul: polis dan pengawal selia sebenar tidak mengenakan yuran untuk menyiasat. Jika boleh, majukan e-mel itu bersama laporan anda.
the-platform-end-recovery = "Firma pemulihan" mengambil yuran, kemudian meminta "cukai pelepasan", kemudian berhenti menjawab. Mereka orang yang sama, atau yang membeli senarai mereka. Ini bukan salah anda: mereka kembali kerana anda sudah terluka. Laporkan ini juga kepada bank dan agensi jenayah siber kebangsaan, dan jangan bayar sesiapa yang berjanji mendapatkan wang kembali.
the-platform-end-reported = Anda tidak membayar apa-apa lagi. Wang yang anda masukkan sudah hilang, dan ia menyakitkan, dan itu bukan salah anda: platform, khidmat sokongan yang mesra dan "firma pemulihan" semuanya dibina untuk lulus semakan orang yang berhati-hati. Bank anda dan agensi jenayah siber kebangsaan sudah menerima laporan anda, dengan setiap sembang dan alamat dompet. Orang yang menaip sebagai { $match } mungkin dipaksa melakukannya di kompaun penipuan.

the-platform-other-match-ask-questions = Tanya { $genuine } beberapa soalan dahulu: kerja, kawan, tinggal di mana
    .feedback = Soalan yang adil, dan { $genuine } menjawab dengan mudah, dengan butiran yang boleh anda semak. Orang sebenar tidak kisah ditanya.
the-platform-video-date-look-up = Cari { $genuine } dahulu: profil kerja, kawan bersama
    .feedback = Carian ringkas mengambil sepuluh minit, dan menemui profil kerja dan kawan kepada kawan. Menyemak seseorang bukan penghinaan; orang sebenar ada kehidupan yang kelihatan.
the-platform-redflag-polish-not-proof = Nombor lesen yang tulen bukan bukti
    .explain = Laman dagangan yang kemas, nombor lesen yang ada dalam daftar pengawal selia, "khidmat pelanggan" yang mesra: semuanya terasa rasmi. Penipu menyalin nama dan nombor lesen firma berlesen yang sebenar dan membina laman tiruan, jadi orang teliti yang memeriksa pun boleh tertipu.
    .advice = Semak melalui butiran hubungan yang anda cari sendiri, bukan pautan atau nombor yang dihantar kepada anda: telefon firma itu di nombor dalam daftar pengawal selia, atau tanya bank anda. Dan ingat peraturan yang sentiasa benar: tiada wang atas cadangan orang yang anda kenal dalam talian.
