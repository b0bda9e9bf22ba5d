# Machine-drafted translation: needs review by a native speaker.
the-journey-title = Perjalanan
the-journey-summary = Anda sudah bersetuju menerima kerja di luar negara, dan kini anda dalam perjalanan. Setiap langkah perjalanan ada tanda amarannya, dan ada jalan keluarnya.
the-journey-content-note = Cerita ini menyentuh tentang pemerdagangan manusia dan ugutan. Tiada keganasan ditunjukkan. Anda boleh berhenti seketika atau keluar pada bila-bila masa dengan q.

## Characters

the-journey-character-recruiter = { $recruiter }, Pengurus HR
the-journey-character-officer = Pegawai imigresen
the-journey-character-contact = { $contact }, pemandu syarikat

## Variables

the-journey-traveller-linh = Linh, seorang akauntan dari Vietnam
the-journey-traveller-arjun = Arjun, seorang penguji perisian dari India
the-journey-traveller-grace = Grace, seorang guru dari Uganda
the-journey-traveller-joseph = Joseph, seorang graduan IT dari Kenya
the-journey-traveller-minh = Minh, 17 tahun, dari sebuah kampung di Nghe An, Vietnam, yang berhenti sekolah untuk membantu keluarga

the-journey-hub-dubai = Dubai
the-journey-hub-hong-kong = Hong Kong
the-journey-hub-singapore = Singapura
the-journey-hub-kuala-lumpur = Kuala Lumpur

the-journey-recruiter-vicky = Vicky
the-journey-recruiter-anna = Anna
the-journey-recruiter-kelly = Kelly

the-journey-contact-tony = Tony
the-journey-contact-ben = Ben
the-journey-contact-jack = Jack

the-journey-relative-sister = kakak
the-journey-relative-brother = abang
the-journey-relative-mother = ibu
the-journey-relative-cousin = sepupu

## Home, the night before the flight

the-journey-start-who = Anda ialah { $traveller }. Tiga minggu lalu, seorang perekrut bernama { $recruiter } menawarkan anda kerja sokongan pelanggan di Bangkok: ${ $salary } sebulan, dengan tiket penerbangan dan tempat tinggal ditanggung. Tiada siapa bertanya umur anda, atau meminta walau satu rujukan.
    .discuss = Apa yang sudah anda lakukan dan belanjakan menjelang malam sebelum berangkat?
the-journey-start-tonight = Keluarga anda membantu anda bersiap, dan anda sudah mengucapkan selamat tinggal kepada kawan-kawan. Esok pagi anda akan terbang. Beg anda sudah dikemas apabila telefon anda bergetar.

the-journey-briefing-ticket = Selamat malam! Tiket awak ada dalam e-mel. Penerbangan pertama ke { $hub } saja. Saya hantar tiket seterusnya bila awak mendarat.
    .discuss = Mesej mana yang membimbangkan anda, dan mana yang kedengaran biasa?
the-journey-briefing-visa = Awak pergi guna visa pelancong. Visa kerja ambil masa terlalu lama, kami tukar di Bangkok. Semua orang buat macam ni.
the-journey-briefing-holiday = Di imigresen, cakap bercuti. Jangan sebut kerja. Jangan sebut nama syarikat.
the-journey-briefing-delete = Dan tolong padam sembang ni sebelum ke lapangan terbang. Peraturan syarikat.
the-journey-briefing-ask-visa = Tanya kenapa kerja sebenar memerlukan visa pelancong, dan minta untuk melihat kontrak dahulu
    .feedback = Soalan yang baik. Majikan sebenar menguruskan visa kerja untuk anda sebelum anda berangkat. "Kami tukar nanti" ialah cara sesuatu kerja bertukar menjadi perjalanan tanpa hak untuk bekerja dan tanpa perlindungan.
the-journey-briefing-forward = Katakan OK, tetapi majukan seluruh sembang kepada { $relative } anda sebelum memadamnya
    .feedback = Menyimpan salinan dengan orang yang anda percayai ialah tindakan bijak, dan mungkin penting kemudian. Tetapi tanda amarannya ialah visa pelancong: kerja sebenar di luar negara bermula dengan visa kerja.
the-journey-briefing-agree = Katakan OK. Mereka sudah banyak kali buat begini, tentu mereka tahu
    .feedback = Visa pelancong itulah tanda amarannya. Perekrut membuatnya kedengaran seperti jalan pintas biasa. Ia berkesan kerana mereka kedengaran tenang dan yakin, dan anda sudah bersetuju menerima kerja itu.

the-journey-pushback-normal = Kenapa banyak sangat soalan? Semua orang datang macam ni.
the-journey-pushback-contract = Kontrak awak tandatangan di pejabat. Bos sangat sibuk.
the-journey-pushback-cancel = Penerbangan pagi esok. Kalau awak batal sekarang, awak kena bayar balik tiket: ${ $ticket }.
the-journey-pushback-trust = Saya ingat awak percaya saya. Ramai orang nak kerja ni.
the-journey-pushback-check-agency = Sebelum membuat keputusan, hubungi agensi pekerja migran kebangsaan dan tanya tentang kerja ini
    .feedback = Anda nampak desakan itu: tiada kontrak, ugutan tentang wang, dan rasa bersalah. Majikan sebenar boleh menunggu sehari sementara anda menyemak. Agensi itu boleh memberitahu anda sama ada perekrut itu berlesen dan kerja itu berdaftar.
the-journey-pushback-go-anyway = Pergi juga. Anda tidak mampu membayar balik tiket itu, dan keluarga anda bergantung kepada anda
    .feedback = Desakan, "hutang" tiket dan tiada kontrak bertulis ialah taktik menekan. Ia berkesan terhadap sesiapa yang sudah membuat rancangan dan memberitahu keluarga. Kerja sebenar boleh menunggu sehari untuk anda menyemak.
the-journey-pushback-go-watchful = Pergi, tetapi berjanji pada diri sendiri untuk berpatah balik pada perkara pertama yang tidak kena
    .feedback = Janji pada diri sendiri ada nilainya, dan ramai orang membuatnya. Tetapi sukar ditepati bila sudah dalam perjalanan: setiap langkah membuat langkah seterusnya terasa kecil. Memberitahu seseorang di rumah apa "perkara pertama" itu memudahkan janji ditepati.

the-journey-end-agency = Pegawai di agensi pekerja migran menyemak untuk anda. Perekrut itu tiada lesen, dan kerja itu tidak berdaftar. "Kerja sebenar di luar negara datang dengan visa kerja dan kontrak yang anda tandatangani sebelum terbang," katanya. Anda tinggal di rumah. { $recruiter } berhenti menjawab, dan tiada siapa pernah meminta wang tiket itu.

## The home airport

the-journey-departure = Di lapangan terbang anda sampai ke kaunter kawalan pasport. Pegawai itu melihat visa pelancong anda, kemudian melihat anda. "Apakah tujuan perjalanan anda?" Dalam kepala anda terdengar suara { $recruiter }: cakap bercuti.
    .discuss = Kenapa perekrut mahu anda berbohong kepada satu-satunya pegawai yang mungkin bertanya soalan?
the-journey-departure-say-holiday = Katakan "bercuti", seperti yang disuruh
    .feedback = Disuruh apa yang perlu dikatakan di imigresen ialah tanda amaran. Pegawai bertanya kerana mereka dilatih untuk mengesan pemerdagangan manusia. Berbohong memutuskan anda daripada satu-satunya orang di sini yang tugasnya melindungi anda.
the-journey-departure-tell-truth = Beritahu perkara sebenar: anda pergi untuk bekerja, menggunakan visa pelancong
    .feedback = Itu memerlukan keberanian. Majikan sebenar tidak pernah memerlukan anda berbohong di sempadan, dan bercakap benar membolehkan pegawai itu membantu anda.
the-journey-departure-turn-back = Jangan kata apa-apa. Keluar dari barisan dan pulang ke rumah
    .feedback = Tidak salah mengikut rasa tidak sedap hati. Berpatah balik merugikan sekeping tiket. Meneruskan perjalanan boleh merugikan jauh lebih banyak.

the-journey-officer = Pegawai itu meletakkan pasport anda. "Terima kasih kerana memberitahu saya. Anda tidak bersalah. Kami melihat banyak tawaran kerja seperti ini, dan sesetengahnya berakhir di pusat penipuan di seberang sempadan. Boleh tunjukkan mesej-mesejnya kepada saya?"
the-journey-officer-show = Tunjukkan mesej-mesej itu kepada pegawai
    .feedback = Pegawai itu memang penolong sebenar di sini. Pegawai lapangan terbang melihat laluan seperti ini setiap minggu. Sembang itu membolehkan mereka menyemak perekrut itu, dan memberi amaran kepada orang lain.
the-journey-officer-back-out = Panik. Katakan itu salah faham dan anda memang bercuti
    .feedback = Takut mendapat masalah itulah yang diharapkan oleh perekrut. Di sini, pegawai itu berpihak kepada anda. Anda masih boleh mengubah fikiran kemudian dalam perjalanan.
the-journey-officer-take-card = Tunjukkan mesej-mesej itu, tetapi katakan anda sudah memutuskan untuk pergi. Ambil kad pegawai itu.
    .feedback = Pegawai tidak selalu dapat menahan orang dewasa dengan visa yang sah, dan anda berhak membuat keputusan. Kad itu penting: pegawai di tanah air yang tahu nama dan laluan anda ialah orang yang boleh ditelefon keluarga anda.

the-journey-end-officer = Pegawai itu membaca sembang tersebut dan memanggil rakan sekerja yang mengendalikan kes pemerdagangan manusia. Tiada visa kerja dan tiada agensi berlesen, hanya cerita bercuti. Anda terlepas penerbangan, dan anda tidak dipersalahkan langsung. Laporan anda membantu mereka memberi amaran kepada orang lain yang menerima tawaran yang sama.

the-journey-end-turned-back = Anda berpatah balik. Ia terasa seperti kegagalan, dan anda risau tentang wang. Tetapi anda tidak berhutang apa-apa kepada orang yang menyuruh anda berbohong. Di rumah, anda melaporkan { $recruiter } kepada agensi pekerja migran kebangsaan, dan kini agensi itu memberi amaran kepada orang lain tentang tawaran ini.

## The transit city

the-journey-transit-landed = Awak dah sampai { $hub }? Bagus. Tiket seterusnya dalam e-mel awak: { $hub } ke Bangkok.
    .discuss = Bertukar kapal terbang itu biasa. Apa yang tidak biasa tentang perjalanan ini?
the-journey-transit-others = Ada tiga lagi staf baharu dalam penerbangan awak. Jangan duduk dengan mereka. Jangan bercakap. Kamu tak kenal satu sama lain.
the-journey-transit-hotel = Kalau imigresen Bangkok tanya, tunjuk tempahan hotel. Ini percutian.
the-journey-transit-turn-back-hub = Terlalu banyak rahsia. Pergi ke kaunter syarikat penerbangan dan tanya tentang penerbangan pulang
    .feedback = Tiket yang dipecah-pecahkan, bandar transit dan "jangan bercakap dengan yang lain" menjadikan laluan anda sukar dijejak, oleh pegawai dan oleh keluarga anda. Berpatah balik di sini masih boleh.
the-journey-transit-tell-family = Naik pesawat, tetapi terlebih dahulu hantar kedua-dua tiket, nombor perekrut dan gambar pasport anda kepada { $relative } anda
    .feedback = Anda nampak bahawa laluan ini sengaja dibuat sukar dijejak. Kini orang yang anda percayai boleh menjejaknya. Apa pun yang berlaku selepas ini, salinan itu boleh membantu.
the-journey-transit-ask-others = Duduk juga bersama rekrut lain, dan diam-diam bandingkan apa yang diberitahu kepada setiap orang
    .feedback = Anda nampak laluan ini dibina untuk memisahkan kamu. Dengan membandingkan cerita, rekrut menyedari janji-janji tidak sepadan: seorang dijanjikan khidmat pelanggan, seorang lagi kemasukan data; seorang Bangkok, seorang lagi "dekat Bangkok".
the-journey-transit-board = Naik pesawat. Ramai orang bertukar kapal terbang
    .feedback = Bertukar kapal terbang itu biasa. Tiket yang dihantar sedikit demi sedikit, dan arahan supaya tidak bercakap dengan rekrut lain, tidak biasa. Ia menyembunyikan destinasi sebenar anda, dan menghalang rekrut daripada membandingkan cerita.

## Bangkok airport

the-journey-arrival-welcome = Selamat datang ke Bangkok! Saya { $contact }, dari syarikat. Penerbangan okey?
    .discuss = Kenapa pasport diminta di sini, sejurus selepas penerbangan yang panjang? Apa yang boleh dikatakan untuk menyimpannya?
the-journey-arrival-passport = Beri saya pasport awak. Saya bawa ke pejabat untuk permit kerja awak.
the-journey-arrival-back = Dua, tiga hari lagi awak dapat balik. Yang lain dah bagi.
the-journey-arrival-hand-over = Serahkan. Ia untuk permit kerja
    .feedback = Pasport anda ialah jalan pulang anda dan bukti siapa diri anda. Majikan sebenar tidak perlu menyimpannya. Mereka meminta di lapangan terbang kerana anda penat dan yang lain sudah bersetuju.
the-journey-arrival-keep = Senyum, dan katakan anda akan menyimpannya dan membawanya sendiri ke pejabat
    .feedback = Betul. Majikan tiada sebab untuk memegang pasport anda. Syarikat sebenar boleh membuat salinan di hadapan anda dan terus memulangkannya.
the-journey-arrival-photo = Tawarkan supaya dia ambil gambar halaman pasport sahaja
    .feedback = Jalan tengah yang baik: majikan yang perlukan butiran anda boleh menyalinnya di depan anda dan terus memulangkan pasport. Lihat bagaimana dia menjawab: orang yang hanya perlukan salinan akan mengambil gambar itu.

the-journey-refuse-unhappy = Hmm. Bos takkan suka.
the-journey-refuse-permit = Tak ada pasport, tak ada permit kerja. Nanti awak bayar sendiri permit tu. Sangat mahal.
the-journey-refuse-van = Jom sekarang. Van dah tunggu. Semua orang tunggu awak.
the-journey-refuse-call-embassy = Masuk semula ke dalam terminal dan hubungi kedutaan anda di Bangkok, menggunakan nombor di laman web rasminya
    .feedback = Langkah yang kukuh. Gunakan nombor daripada laman web kedutaan itu sendiri, bukan nombor yang diberikan oleh seseorang. Terminal ialah tempat yang selamat untuk menelefon: ada kakitangan, kamera dan orang di sekeliling.
the-journey-refuse-give-in = Serahkan. Semua orang memandang, dan anda sangat penat
    .feedback = Desakan daripada kumpulan sukar ditolak selepas perjalanan yang panjang, dan mereka memang merancangnya begitu. Tanpa pasport, anda lebih mudah dikawal. Ingat: walaupun tanpa pasport, kedutaan anda masih boleh membantu.
the-journey-refuse-keep-go = Simpan pasport dalam poket anda dan naik van itu
    .feedback = Menyimpan pasport itu penting. Tetapi anda menaiki van bersama orang yang baru sahaja mendesak anda. Pastikan orang yang anda percayai tahu di mana anda berada.

the-journey-end-embassy = Kedutaan menyuruh anda kekal di dalam terminal, dan menghantar seseorang untuk berjumpa anda. Anda memberitahu mereka tentang van itu. Pegawai Thailand menahannya sebelum ia bertolak, dengan tiga rekrut lain masih di dalam. Syarikat itu tidak mempunyai permit kerja untuk sesiapa pun. Anda semua terbang pulang, dengan pasport di dalam poket sendiri.

## The road north-west

the-journey-van-road = Van itu bergerak ke arah barat laut selama berjam-jam. Bangkok sudah jauh di belakang.
    .discuss = Kerja itu baru sahaja berpindah. Apa yang masih boleh anda lakukan dari dalam van?
the-journey-van-change = { $contact } berpaling: "Sedikit perubahan. Pejabat bukan di Bangkok sekarang. Dekat Mae Sot. Bangunan baharu, syarikat lebih besar. Kerja sama."
the-journey-van-whisper = Wanita di sebelah anda berbisik: "Mae Sot di sempadan. Sepupu saya kata orang menyeberang sungai dari situ."
the-journey-van-share-location = Diam-diam kongsi lokasi langsung anda dengan { $relative } anda: "Mereka tukar tempat kerja. Hubungi kedutaan kalau saya berhenti menjawab."
    .feedback = Kerja yang berpindah selepas anda bersetuju, dan berpindah ke arah sempadan, ialah tanda amaran yang serius. Lokasi anda dan perkataan "kedutaan" memberi keluarga anda sesuatu untuk bertindak.
the-journey-van-call-relative = Hantar mesej kepada { $relative } anda, yang sudah ada tiket anda: "Bukan Bangkok. Mae Sot. Hubungi kedutaan." Kongsi lokasi langsung anda
    .feedback = Kerja yang berpindah selepas anda bersetuju, dan berpindah ke arah sempadan, ialah tanda amaran yang serius. Keluarga anda sudah ada tiket dan nombor perekrut, jadi mesej ini sudah cukup untuk mereka bertindak.
the-journey-van-ask-stop = Minta { $contact } berhenti: anda mahu kembali ke Bangkok
    .feedback = Anda nampak: kerja itu berpindah tanpa persetujuan anda, ke arah sempadan. { $contact } ketawa dan kata sudah terlambat, dan van tidak berhenti. Bertanya itu betul; ia memberitahu anda bahawa anda tidak lagi bebas pergi, dan itulah saatnya mencari apa jua cara untuk memberitahu seseorang di luar.
the-journey-van-stay-quiet = Diam sahaja. Ini masih Thailand, dan syarikat yang lebih besar mungkin bermakna gaji lebih tinggi
    .feedback = Kerja itu berpindah tanpa persetujuan anda, ke arah sempadan. Ini dirancang dari awal: Thailand bertukar menjadi Myanmar atau Kemboja selangkah demi selangkah, supaya tiada satu langkah pun terasa besar.

the-journey-checkpoint-stop = Dua jam kemudian, van itu memperlahankan kelajuan di sebuah sekatan jalan raya. Seorang pegawai berjalan di sepanjang van, memerhatikan wajah-wajah.
the-journey-checkpoint-text = Telefon anda bergetar. { $relative } anda: "Saya dah hubungi kedutaan. Mereka dah beritahu pegawai Thailand tentang van kamu. Bersuaralah!"
the-journey-checkpoint-order = { $contact } berkata perlahan: "Kalau mereka tanya, kita pelancong nak ke pasar. Jangan cakap apa-apa lagi."
the-journey-checkpoint-speak-up = Buka tingkap dan katakan: "Kami datang untuk bekerja di Bangkok. Mereka bawa kami ke sempadan."
    .feedback = Anda nampak ke mana jalan ini menuju: ke sempadan yang anda tiada cara sah untuk melintasinya. Pegawai yang sudah mencari van ini ialah orang yang patut diberitahu.
the-journey-checkpoint-show-phone = Angkat telefon ke tingkap dengan mesej { $relative } anda di skrin
    .feedback = Anda nampak ke mana jalan ini menuju, dan menemui cara bercakap tanpa kata. Pegawai yang sudah mencari van itu faham maksud mesej itu.
the-journey-checkpoint-stay-silent = Diam sahaja. { $contact } betul-betul di sebelah anda
    .feedback = Takut pada saat itu memang biasa, dan berdiam diri bukan salah anda. Tetapi bantuan sering ada hanya untuk seketika, dan berdiam diri membiarkan saat itu berlalu.

the-journey-checkpoint-alone-stop = Dua jam kemudian, van itu memperlahankan kelajuan di sebuah sekatan jalan raya. Seorang pegawai berjalan di sepanjang van, memerhatikan wajah-wajah.
the-journey-checkpoint-alone-order = { $contact } berkata perlahan: "Kalau mereka tanya, kita pelancong nak ke pasar. Jangan cakap apa-apa lagi."
the-journey-checkpoint-alone-speak-up = Buka tingkap dan katakan: "Kami datang untuk kerja di Bangkok. Mereka membawa kami ke sempadan."
    .feedback = Anda nampak ke mana jalan ini menuju, dan menyatakannya dengan kuat kepada pegawai. Itulah yang patut dibuat, dan ia memerlukan keberanian.
the-journey-checkpoint-alone-ask-toilet = Minta izin ke tandas di sekatan jalan, dan beritahu pegawai di sana, jauh dari { $contact }
    .feedback = Anda nampak ke mana jalan ini menuju, dan menemui cara bercakap dengan pegawai tanpa didengar { $contact }. Itu berhati-hati dan berani.
the-journey-checkpoint-alone-stay-silent = Diam sahaja. { $contact } betul-betul di sebelah anda
    .feedback = Takut pada saat itu memang biasa, dan berdiam diri bukan salah anda. Tetapi bantuan sering ada hanya untuk seketika, dan berdiam diri membiarkan saat itu berlalu.

the-journey-waved = Pegawai itu mendengar. Kemudian dia berjalan ke depan van dan bercakap lama dengan { $contact }. Sesuatu bertukar tangan. Palang diangkat. Tiada siapa dalam van bersuara. Malam itu, di sungai tanpa pos sempadan, tiada saat untuk menolak: empat lelaki, sebuah bot kecil, telefon anda dalam beg mereka.

the-journey-end-checkpoint = Anda bersuara, dan pegawai itu membuka pintu. Kerana { $relative } anda sudah menghubungi kedutaan, pegawai tahu apa yang perlu dicari. Kamu berempat dikeluarkan dari van dan dijaga, dan { $contact } disoal siasat. Kedutaan anda membantu anda pulang.

## The river near Mae Sot

the-journey-river-night = Malam. Van berhenti di hujung jalan tanah. Anda terdengar bunyi air.
    .discuss = Apa yang memberitahu anda bahawa ini bukan cara biasa untuk pergi bekerja?
the-journey-river-bank = Tiada pos sempadan di sini. Tiada bendera, tiada pegawai, tiada cop. Hanya sebuah bot kecil dan dua lelaki yang menunggu.
the-journey-river-phones = { $contact }: "Telefon masuk dalam beg, untuk menyeberang saja. Pejabat di seberang sana. Cepat, cepat."
the-journey-river-get-in = Serahkan telefon anda dan naik bot, seperti yang lain
    .feedback = Kerja tidak pernah bermula dengan menyeberang sungai pada waktu malam, jauh dari mana-mana pos sempadan. Menyeberang tanpa cop menyebabkan anda berada di negara lain tanpa dokumen, dan itulah yang dikehendaki oleh pemerdagang manusia.
the-journey-river-refuse-boat = Tolak. Katakan anda tidak akan melintas sempadan tanpa pos sempadan
    .feedback = Anda nampak: lintasan tidak rasmi, pada waktu malam, dengan telefon dirampas. Di seberang sungai ini terletak pusat penipuan di sekitar Myawaddy. Menolak di sini sukar dan berani.
the-journey-river-last-message = Berpaling sekejap. Hantar lokasi langsung anda dan "Sungai dekat Mae Sot. Hubungi kedutaan." kepada { $relative } anda. Kemudian serahkan telefon
    .feedback = Anda nampak lintasan itu yang sebenarnya. Walaupun anda tidak dapat menghentikan apa yang sedang berlaku, lokasi dan perkataan "kedutaan" di tangan yang betul boleh mengubah apa yang berlaku seterusnya.

the-journey-riverbank-angry = Awak nak tinggal sini seorang diri? Dalam gelap?
the-journey-riverbank-owe = Awak berhutang ${ $debt } dengan syarikat. Tiket, visa, hotel. Bayar sekarang, atau naik bot.
the-journey-riverbank-walk-away = Pegang pasport anda di tangan, berjalan kembali ke jalan raya, dan hubungi kedutaan anda
    .feedback = "Hutang" itu direka di situ juga: anda tidak berhutang apa-apa kepada orang yang menipu anda tentang kerja itu. Kedutaan ada talian kecemasan untuk malam seperti ini.
the-journey-riverbank-walk-away-no-passport = Berjalan kembali ke jalan raya dan hubungi kedutaan anda. Mereka boleh membantu walaupun tanpa pasport
    .feedback = Tanpa pasport anda mungkin rasa terperangkap, dan sebab itulah mereka mengambilnya. Tetapi kedutaan anda boleh mengesahkan siapa anda dan memberikan dokumen perjalanan kecemasan. "Hutang" itu rekaan: anda tidak berhutang apa-apa kepada mereka.
the-journey-riverbank-call-relative = Telefon { $relative } anda, beritahu tepat di mana anda berada, dan kekal di talian sambil berjalan kembali ke jalan
    .feedback = "Hutang" itu direka di situ juga, dan anda tidak berhutang apa-apa. Suara di talian, dan seseorang di rumah yang tahu di mana anda, menjadikan perjalanan balik lebih selamat, dan { $relative } anda boleh menelefon talian kecemasan kedutaan sementara anda berjalan.
the-journey-riverbank-give-up = Naik bot. Rasanya seperti tiada pilihan
    .feedback = Ugutan, kegelapan dan hutang rekaan boleh membuat sesiapa pun rasa tiada pilihan. Pemerdagang manusia sengaja membina perasaan itu. Ini bukan kegagalan anda.

the-journey-end-riverbank = Anda berjalan kembali ke jalan raya dalam gelap dan menghubungi kedutaan anda. Mereka menyuruh anda menunggu berhampiran lampu dan orang ramai, dan meminta pegawai Thailand datang mengambil anda. Menjelang pagi anda sudah selamat. Hutang itu rekaan: anda tidak berhutang apa-apa. Kedutaan membantu anda pulang ke tanah air.

the-journey-end-crossed = Bot itu menyeberang sungai ke Myawaddy, di Myanmar. Tiada cop, tiada dokumen, dan di seberang sebuah pusat penipuan berkawal sedang menunggu. Ini jenayah pemerdagang orang, bukan kesilapan anda. Orang yang ditahan di pusat seperti ini memang dapat keluar: ada yang selepas keluarga atau kedutaan mereka dimaklumkan, ada yang apabila pusat itu diserbu atau dipaksa melepaskan orang.

the-journey-end-crossed-alerted = Bot itu menyeberang ke Myawaddy, dan telefon anda dirampas. Tetapi { $relative } anda ada lokasi anda dan perkataan "kedutaan", dan menelefon malam itu juga. Beberapa minggu kemudian, selepas kedutaan anda dan kumpulan bantuan yang dipercayai mendesak, anda antara kumpulan yang dilepaskan dan dibawa balik ke Thailand. Kemudian berminggu-minggu saringan dan dokumen sebelum anda dapat terbang pulang, dengan hak untuk dilayan sebagai mangsa, bukan penjenayah. Satu mesej membuat perbezaan.

the-journey-end-waved = Bot itu menyeberang ke Myawaddy. Di sekatan jalan anda membuat tepat apa yang diajar permainan ini: anda nampak ke mana jalan itu menuju, dan memberitahu seorang pegawai. Dia telah dibayar untuk buat-buat tidak nampak; pegawai yang menerima wang daripada pemerdagang ialah sebahagian daripada cara laluan ini berjalan. Ini bukan salah anda, dan bersuara tidak sia-sia: { $relative } anda ada lokasi anda, dan kedutaan boleh bertanya kenapa van itu dibenarkan lalu. Orang yang ditahan di kompleks ini memang dapat keluar, sebahagiannya selepas keluarga atau kedutaan mereka dimaklumkan.
