# Machine-drafted translation: needs review by a native speaker.
inside-title = Di dalam kompleks
inside-summary = Anda ditahan di sebuah kompleks penipuan dan dipaksa bekerja. Siapa yang bisa Anda percaya, dan bagaimana cara mengirim kabar keluar dengan aman?
inside-content-note = Cerita ini berlatar di dalam kompleks penipuan. Ada ancaman, "ruang hukuman", dan permintaan uang tebusan, tetapi tidak ada adegan kekerasan. Anda bisa berhenti sejenak atau keluar kapan saja dengan q.

## Tokoh

inside-character-leader = Ketua tim
inside-character-target = { $target }
inside-character-embassy = Saluran darurat kedutaan
inside-character-relative = { $relative } Anda

## Variabel

inside-who-wei-ling = Wei Ling, lulusan bisnis dari Malaysia yang bisa berbahasa Mandarin
inside-who-nuwan = Nuwan, pekerja IT dari Sri Lanka
inside-who-ayu = Ayu, resepsionis hotel dari Indonesia
inside-who-samuel = Samuel, lulusan penjualan dari Etiopia

inside-place-myawaddy = Myawaddy, Myanmar
inside-place-sihanoukville = Sihanoukville, Kamboja
inside-place-golden-triangle = kawasan Segitiga Emas, Laos

inside-coworker-min = Min
inside-coworker-joy = Joy
inside-coworker-ravi = Ravi
inside-coworker-dina = Dina

inside-target-margaret = Margaret
inside-target-david = David
inside-target-helen = Helen
inside-target-kenji = Kenji

inside-relative-sister = kakak perempuan
inside-relative-brother = kakak laki-laki
inside-relative-mother = ibu
inside-relative-uncle = paman

## Hari-hari pertama

inside-start-who = Anda adalah { $who }. Dua bulan lalu, Anda melamar lowongan online untuk pekerjaan customer service di luar negeri.
    .discuss = Orang yang ditahan di kompleks seperti ini sering masih muda, berpendidikan, dan pandai memakai komputer. Kenapa para bos menginginkan mereka?
inside-start-compound = Sekarang Anda tinggal dan bekerja di sebuah kompleks di { $place }. Tembok tinggi berkawat duri. Penjaga bersenjata di gerbang. Kamera di setiap lorong.
inside-start-taken = Di hari pertama, mereka mengambil paspor dan HP Anda "supaya aman". Anda diberi HP kerja yang penuh profil palsu.

inside-boss-passport = Paspor kamu saya yang pegang. Aman. Nanti dikembalikan kalau kontrak kamu selesai.
    .discuss = Bagaimana paspor, utang, dan target bekerja bersama untuk menahan seseorang di sini?
inside-boss-debt = Kamu utang ${ $debt } ke perusahaan. Tiket pesawat, visa, makan, tempat tidur. Mau keluar? Bayar dulu.
inside-boss-quota = Setiap hari, kontak baru dan uang baru. Tidak capai target, kamu bayar denda. Tidak capai lagi, kamu masuk ruang hukuman. Atau saya jual kamu ke perusahaan lain.
inside-boss-try-pay = Mengangguk. Kalau Anda bekerja keras, mungkin Anda bisa melunasinya dan pulang
    .feedback = Utang itu dikarang, dan terus bertambah: denda karena target tak tercapai, makan, "biaya". Ia dibuat agar tak pernah lunas. Berharap bisa bekerja untuk melunasinya itu wajar, dan itulah yang mereka ingin Anda pikirkan.
inside-boss-see-trap = Mengangguk, dan berhitung dalam hati: denda tumbuh lebih cepat daripada gaji apa pun
    .feedback = Tepat. Utang karena diperdagangkan bukan utang sungguhan: itu rantai dari angka, dan kuota beserta dendanya adalah gemboknya. Menyadarinya membuat Anda mencari cara aman mengirim kabar, bukan cara membayar.

inside-call-phone = Setelah seminggu, ketua tim memberi Anda HP Anda sendiri selama lima menit. Dia berdiri tepat di samping Anda.
    .discuss = Bagaimana Anda bisa memberi tahu keluarga sesuatu tanpa disadari oleh orang yang ikut mendengarkan?
inside-call-listen = "Telepon keluarga kamu. Bilang kamu baik-baik saja. Kerjanya bagus, gajinya bagus. Jangan bilang yang lain."
inside-call-slip-place = Bilang Anda baik-baik saja. Lalu selipkan, dengan santai, nama kotanya, dan bahwa perusahaan "menyimpan paspor Anda"
    .feedback = Anda melihat kenapa mereka mengambil paspor dan HP Anda: untuk memutus hubungan Anda. Nama kota dan "mereka menyimpan pasporku" memberi tahu keluarga Anda banyak hal. Ambil hanya risiko yang terasa aman bagi Anda.
inside-call-say-only = Katakan persis apa yang dia mau. Hari ini tidak aman untuk mengambil risiko lebih
    .feedback = Menjaga keselamatan diri adalah alasan yang baik. Akan ada kesempatan lain untuk mengirim kabar keluar.
inside-call-believe = Katakan itu, dan setengah memercayainya. Mungkin mereka memang menyimpan paspor Anda supaya aman
    .feedback = "Supaya aman" terdengar penuh perhatian, dan karena itulah cara ini berhasil. Paspor dan HP Anda diambil supaya Anda tidak bisa pergi atau meminta tolong. Pemberi kerja yang asli tidak menahan keduanya.

## Meja kerja

inside-desk-chat = Di meja Anda, HP kerja menampilkan chat dengan { $target }, seorang pensiunan yang tinggal sendirian, jauh dari sini. Selama dua minggu Anda mengobrol sebagai orang palsu.
    .discuss = Pilihan apa yang masih dimiliki seseorang saat dia dipaksa menipu orang lain?
inside-desk-script = Hari ini naskahnya bilang: ceritakan tentang aplikasi kripto yang "membuatmu kaya". Minta { $target } mencobanya dengan jumlah kecil.
inside-desk-behind = Anda belum mencapai target. Ketua tim sudah dua kali lewat di depan meja Anda.
inside-desk-follow-script = Ikuti naskahnya. Tidak mencapai target berarti denda, atau lebih buruk
    .feedback = Anda melakukan apa yang dipaksakan, di bawah ancaman denda dan ruang hukuman. Itu bukan salah Anda: PBB menyebut orang dalam posisi Anda korban, bukan penjahat. Harganya nyata: { $target } makin terjerat, dan target hanya akan naik.
inside-desk-slow-down = Jaga obrolan tetap ramah, tapi jangan pernah menyinggung uang. Laporkan "hari ini belum ada kemajuan"
    .feedback = Melakukan sesedikit mungkin kerugian itu berani, dan ada harganya: target yang tak tercapai berarti denda dan ancaman. Apa pun pilihan Anda di sini, Anda memilih di bawah ancaman, dan tak satu pun salah Anda.
inside-desk-warn-target = Ambil risikonya: diam-diam beri tahu { $target } agar jangan pernah menaruh uang di aplikasi yang disarankan orang dari internet
    .feedback = Chat sering diperiksa, jadi ini risiko yang nyata. Tetapi satu pesan bisa menyelamatkan tabungan seumur hidup seseorang.

inside-warn-why = Kenapa kamu memberi tahu saya ini?
inside-warn-son = Anak saya bilang chat ini aneh. Terima kasih sudah jujur.
inside-warn-okay = Kamu baik-baik saja? Kamu boleh cerita.
inside-warn-tell-truth = Ceritakan yang sebenarnya kepada { $target }: Anda ditahan di { $place }, dan Anda butuh seseorang untuk menghubungi kedutaan Anda
    .feedback = Risikonya besar, dan bisa berhasil: orang yang sedang ditipu pernah membantu orang di dalam kompleks untuk ditemukan. Berikan hanya yang diperlukan: nama Anda, di mana Anda berada, dan "kedutaan".
inside-warn-just-warn = Tulis: "Tolong hati-hati. Jangan pernah kirim uang kepada siapa pun yang Anda kenal lewat internet." Lalu hapus chat-nya
    .feedback = Anda melindungi { $target }, dan juga diri Anda sendiri. Diam-diam memperingatkan orang yang Anda disuruh tipu adalah salah satu cara untuk melawan.
inside-warn-how-it-began = Ceritakan kepada { $target } bagaimana ini dimulai: pesan pertama Anda, "maaf, salah kirim", ditulis oleh naskah
    .feedback = Sekarang { $target } tahu langkah pertamanya, bukan hanya yang terakhir. Orang asing yang mengirim pesan "tidak sengaja" lalu terus mengobrol adalah awal dari banyak penipuan seperti ini, dan kompleks menulis pesan itu ke dalam naskah mereka. Itu sebuah risiko, dan itu juga bisa melindungi teman-teman { $target }.

inside-end-target-helped = { $target } tidak mengirim uang sepeser pun. Putra { $target } melaporkan obrolan itu, dan menulis ke kedutaan Anda dengan nama Anda dan tempat Anda ditahan. Butuh berminggu-minggu, tetapi kedutaan menemukan dan mengeluarkan Anda, lalu berminggu-minggu pemilahan dan pengurusan dokumen sebelum Anda bisa terbang pulang. Satu pesan jujur menyelamatkan tabungan { $target }, dan membantu memulangkan Anda.

## Tembok

inside-wall-plan = Malam itu, dua laki-laki dari lantai Anda membisikkan rencana: memanjat pagar belakang lewat tengah malam. Mereka mengajak Anda ikut.
inside-wall-fence = Pagarnya setinggi tiga meter, dengan kawat berduri di atasnya. Ada kamera di setiap sudut.
inside-wall-guards = Di malam hari, penjaga bersenjata berpatroli di jalan di luar.
inside-wall-climb = Ikut mereka. Mungkin ini satu-satunya kesempatan
    .feedback = Ada orang yang berhasil kabur lewat pagar dan mendapat bantuan. Tetapi itu juga sangat berbahaya: tembok, kamera dan penjaga bersenjata ada untuk mencegahnya, dan yang tertangkap dihukum. Mencoba keluar tidak pernah menjadi kesalahan yang patut Anda sesali.
inside-wall-stay = Tetap tinggal. Doakan mereka, dan cari cara yang lebih aman untuk mengirim kabar keluar
    .feedback = Tetap tinggal juga pilihan di bawah ancaman, dan ada harganya: lebih banyak hari di dalam. Bantuan dari luar, dari kedutaan, LSM atau keluarga Anda, adalah cara banyak orang bisa keluar.

inside-caught-back = Para penjaga sudah menunggu di pagar. Kalian bertiga dibawa kembali sebelum pagi.
inside-caught-room = Dua laki-laki itu dibawa ke ruang hukuman. Ketua tim bilang Anda yang berikutnya kalau ini terjadi lagi.
inside-caught-idea = Dia menambahkan denda ke utang Anda. Lalu dia bilang dia punya ide yang lebih bagus.

## Siapa yang bisa dipercaya

inside-offer-phone = Saat makan siang, { $coworker }, yang duduk di sebelah Anda, berbisik: "Aku punya HP. Disembunyikan. Kamu boleh pakai dua menit nanti malam, di kamar mandi. Jangan bilang siapa-siapa."
    .discuss = Tiga orang menawarkan bantuan. Bagaimana Anda tahu siapa yang bisa dipercaya?
inside-offer-guard = Kemudian, seorang penjaga yang selalu ramah berkata: "Kamu mau pulang? Tulis surat ke saya. Sepupu saya polisi di kota. Dia akan bantu kamu."
inside-offer-accept-phone = Terima HP dari { $coworker }, dan ucapkan terima kasih
    .feedback = { $coworker } juga ditahan di sini, mengambil risiko untuk membantu Anda, dan tidak meminta imbalan apa pun. Orang-orang di dalam yang saling membantu adalah cara banyak kabar bisa keluar.
inside-offer-give-letter = Berikan surat itu kepada penjaga. Polisi terdengar resmi
    .feedback = Penjaga itu bekerja untuk kompleks. Di dekat kompleks, polisi setempat bisa saja berhubungan dengan para bos, dan para penyintas bercerita bahwa pesan-pesan diteruskan kembali. Jalur yang lebih aman adalah kedutaan, hotline nasional, LSM tepercaya, atau keluarga Anda.
inside-offer-wait = Tolak semuanya, untuk sekarang. Rasanya terlalu berisiko
    .feedback = Menunggu adalah pilihan yang nyata, dan keselamatan Anda penting. Saat kesempatan berikutnya datang, ingat jalur yang bisa Anda percaya: kedutaan, hotline nasional, LSM tepercaya, keluarga Anda.

inside-phone-bathroom = Malam. Kamar mandi. HP milik { $coworker } terasa hangat di tangan Anda. Sinyalnya satu garis. Dua menit.
    .discuss = Dua menit, satu pesan. Siapa yang bisa membantu dari luar, dan apa yang perlu mereka ketahui?
inside-phone-who = Siapa yang Anda hubungi?
inside-phone-local-police = Cari halaman kantor polisi setempat dan kirim pesan ke mereka
    .feedback = Rasanya itu hal yang benar. Tetapi di dekat kompleks, polisi setempat bisa saja berhubungan dengan para bos, dan para penyintas bercerita bahwa pesan-pesan diteruskan kembali. Kedutaan, hotline nasional, LSM tepercaya, atau keluarga Anda lebih aman.
inside-phone-embassy = Cari nomor darurat kedutaan Anda di situs web resminya, lalu kirim pesan
    .feedback = Pilihan yang bagus. Kedutaan punya saluran darurat untuk warga negara yang dalam bahaya, dan mereka bekerja sama dengan LSM tepercaya dan pihak berwenang. Ambil nomornya hanya dari situs web resmi.
inside-phone-family = Kirim pesan ke { $relative } Anda: di mana Anda berada, nama perusahaannya, dan "telepon kedutaan"
    .feedback = Pilihan yang bagus. Keluarga Anda bisa menelepon kedutaan dan hotline nasional untuk Anda, dan terus menelepon. Nama tempat dan nama perusahaan memberi mereka sesuatu untuk ditindaklanjuti.

inside-leaked-office = Dua hari kemudian, ketua tim memanggil Anda ke kantornya.
inside-leaked-shown = Di mejanya ada pesan yang Anda tulis kepada polisi. "Temanku di kantor polisi yang memberikannya," katanya. "Polisi itu teman-temanku."
inside-leaked-idea = Dia menambahkan denda ke utang Anda. Lalu dia bilang dia punya ide yang lebih bagus.

## Uang tebusan

inside-demand-buy = Kamu tidak suka di sini? Oke. Keluarga kamu bisa menebus kamu. ${ $ransom }.
    .discuss = Apa yang sebaiknya dilakukan keluarga saat menerima permintaan seperti ini?
inside-ransom-call = Telepon mereka sekarang. Suruh bayar, cepat. Saya dengar.
inside-demand-sell = Kalau mereka tidak bayar, kamu saya jual ke perusahaan lain. Lebih parah dari sini.
inside-demand-if-they-pay = Pikir: kalau keluarga saya bayar, dia akan melepaskan saya. Mungkin itu jalan keluarnya
    .feedback = Siapa pun akan berharap begitu, dan itulah yang dia ingin Anda percayai. Tebusan yang dibayar sendirian jarang mengakhirinya: itu menunjukkan kepada para bos bahwa keluarga Anda bisa mencari uang, dan harganya naik. Ancaman kepada Anda dan tuntutan kepada keluarga Anda adalah cara kompleks mengendalikan orang.
inside-demand-see-lever = Pikirkan: kalau mereka membayar sekali, apa yang akan mencegahnya meminta lagi?
    .feedback = Benar. Hukuman, ancaman, dan permintaan tebusan adalah alat untuk mengendalikan, dan yang ini diarahkan kepada orang-orang yang menyayangi Anda. Keluarga yang lebih dulu pergi ke kedutaan atau LSM tepercaya sebelum mengirim apa pun jauh lebih sulit diperas.
inside-demand-not-alone = Pikir: apa pun yang dia paksa saya katakan, keluarga saya tetap bisa membawa tuntutan ini ke kedutaan
    .feedback = Ya. Apa yang Anda katakan sambil didengarkan olehnya bukanlah apa yang harus dilakukan keluarga Anda. Permintaan tebusan, bersama nomor asalnya, adalah persis yang dibutuhkan kedutaan atau LSM, dan tidak ada keluarga yang harus menghadapinya sendirian.
inside-ransom-beg-pay = Mohon kepada { $relative } Anda untuk membayar, secepat mungkin
    .feedback = Anda mengatakan apa yang dituntut pria yang berdiri di sebelah Anda. Itu bukan salah Anda. Harganya jatuh pada keluarga Anda: tebusan yang dibayar sendirian sering membawa tuntutan baru. Mereka masih bisa membawa tuntutan itu ke kedutaan atau LSM tepercaya sebelum mengirim apa pun.
inside-ransom-embassy-first = Katakan apa yang dia mau. Lalu tambahkan: "Minta bantuan kedutaan untuk transfernya"
    .feedback = Dengan dia mendengarkan, Anda membuat permintaan tolong terdengar seperti minta dibantu membayar. Itu risiko yang diambil di bawah ancaman. Kedutaan yang tahu sebelum uang bergerak bisa melindungi Anda dan keluarga.
inside-ransom-remind = Katakan hanya apa yang dia mau. { $relative } Anda sudah mendengar nama kotanya dan "mereka menyimpan pasporku"
    .feedback = Mengatakan hanya apa yang dia tuntut membuat Anda seaman mungkin. Detail kecil yang Anda sebut di telepon pertama kini berguna: keluarga Anda bisa membawanya, bersama tuntutan tebusan, ke kedutaan.

inside-paid-sent = Keluarga Anda meminjam uang dan mengirimkannya.
inside-paid-more = Ketua tim tersenyum. Seminggu kemudian, dia bilang harganya naik.

inside-family-acts-went = { $relative } Anda tidak mengirim uang itu. Sebaliknya, permintaan tebusan dan nomor pengirimnya langsung dibawa ke kedutaan Anda dan ke hotline nasional anti perdagangan orang.
inside-family-acts-wait = Kedutaan bekerja sama dengan LSM tepercaya di { $place }. Selama berminggu-minggu, seolah tidak terjadi apa-apa. Lalu suatu pagi, nama-nama dibacakan di gerbang. Nama Anda salah satunya.

## Kabar keluar

inside-embassy-reply-got = Pesan Anda sudah kami terima. Anda tidak dalam masalah. Kami di sini untuk membantu.
inside-embassy-reply-need = Kalau bisa, kirim titik lokasi, nama kompleks atau gedungnya, dan berapa orang yang ditahan bersama Anda.
inside-embassy-reply-safe = Mohon jangan pergi ke polisi setempat. Hapus chat ini setelahnya. Kami bekerja sama dengan LSM tepercaya dan pihak berwenang.
inside-embassy-reply-send-all = Kirim titik lokasi, gedungnya, dan bahwa sekitar empat puluh orang dari berbagai negara ditahan di lantai Anda
    .feedback = Jumlah orang dan kewarganegaraan membuat beberapa kedutaan bisa bertindak bersama, dan orang sering dibebaskan secara berkelompok. Butuh beberapa detik lagi, dan itu bisa membantu orang-orang yang belum pernah Anda ajak bicara.
inside-embassy-reply-send-mine = Kirim data Anda sendiri saja, cepat. Dua menitnya hampir habis
    .feedback = Data Anda sendiri sudah cukup untuk memulai. Setiap pesan yang sampai ke kedutaan membuat kompleks itu lebih mudah ditemukan.

inside-family-reply-got = Sudah kuterima. Aku sayang kamu. Jangan balas kalau tidak aman.
inside-family-reply-calling = Aku telepon kedutaan dan hotline nasional sekarang.
inside-family-reply-ask = Mereka tanya: berapa orang yang bersamamu? Gedung yang mana?
inside-family-reply-send-others = Jawab cepat: sekitar empat puluh orang, dari banyak negara, gedung abu-abu beratap biru
    .feedback = Jumlah orang dan nama gedung membantu kedutaan Anda, dan kedutaan lain, bertindak untuk semua orang yang ditahan di sana, bukan hanya untuk Anda.
inside-family-reply-just-me = Tulis "cuma aku, harus pergi", lalu kembalikan HP-nya
    .feedback = Yang paling penting adalah kabar tentang Anda sendiri sampai keluar, dan keluarga Anda sekarang punya cukup bahan untuk bertindak. Mengembalikan HP dengan cepat juga menjaga keselamatan { $coworker }.

## Akhir cerita

inside-end-rescued = Anda sudah keluar. Kedutaan dan LSM tepercaya, bekerja sama dengan pihak berwenang, mewujudkannya. Yang menyusul tidak cepat: berminggu-minggu di rumah aman atau tahanan imigrasi, wawancara untuk memilah siapa korban perdagangan orang, dan surat pengganti paspor. Anda berhak diperlakukan sebagai korban, bukan penjahat, dan utang karangan itu tidak berarti apa-apa. Pulang bukan akhir risiko: perekrut bisa menghubungi penyintas lagi, jadi simpan kontak kedutaan dan IOM.

inside-end-others-found = Pesan Anda memberi kedutaan lebih dari nama Anda. Dengan jumlah orang dan gedungnya, beberapa kedutaan dan sebuah LSM bekerja sama. Berminggu-minggu kemudian, sekelompok besar orang dilepaskan dari kompleks itu, dan Anda salah satunya. Lalu berminggu-minggu pemilahan dan menunggu dokumen, dengan hak diperlakukan sebagai korban, bukan penjahat. Orang-orang yang belum pernah Anda ajak bicara pulang karena apa yang Anda kirim.

inside-end-still-held = Untuk saat ini, Anda masih di dalam. Apa pun yang dipaksakan kepada Anda, Anda bukan penjahat: PBB menyebut orang dalam posisi Anda sebagai korban. Ribuan orang sudah diselamatkan setelah keluarga dan kedutaan mereka diberi tahu. Setiap pesan yang berhasil keluar, dari Anda atau dari orang lain, membuat hari itu makin dekat.

inside-first-night-look = Malam itu, dari jendela kamar, Anda menghitung penjaga di gerbang dan kamera di tembok.

inside-first-night-see-prison = Pikirkan: penjaga di gerbang menghadap ke dalam, ke arah kami
    .feedback = Bacaan Anda tepat. Tembok, penjaga, dan kamera ada untuk menahan orang di dalam, bukan menahan bahaya di luar. Melihatnya dengan jelas adalah langkah pertama untuk mencari cara aman mengirim kabar ke luar.

inside-first-night-for-safety = Berpikir: daerah ini pasti berbahaya. Mungkin penjaga ada untuk melindungi karyawan
    .feedback = Itu yang dikatakan para bos, dan mudah dipercaya saat Anda jauh dari rumah dan takut. Tetapi penjaga yang menghadap ke dalam, tembok berkawat dan kamera di setiap lorong ada untuk mencegah orang pergi.

## The catalogue's red flags, in this story's setting

inside-redflag-wrong-number = "Salah kirim" di dalam naskah
    .explain = Banyak penipuan seperti ini dimulai dengan pesan yang seolah dikirim tidak sengaja, dan naskah di kompleks memang ditulis begitu. Balasan sopan kepada orang asing sudah cukup untuk memulai berminggu-minggu obrolan ramah yang berakhir dengan permintaan uang.
    .advice = Kalau orang asing terus mengobrol setelah Anda bilang salah kirim, berhenti membalas dan blokir dia, dan jangan pernah menerima saran soal uang dari orang yang hanya Anda kenal lewat pesan. Kalau Anda dipaksa mengirim pesan seperti itu, peringatkan orang saat aman dan kirim kabar ke kedutaan Anda: apa yang dipaksakan kepada Anda untuk dikirim bukan kesalahan Anda.

## Pilihan baru (siapa yang bisa dipercaya)

inside-character-ngo = Pendamping kasus, LSM antiperdagangan orang
inside-first-night-first-weeks = Pikirkan: mungkin ini hanya untuk minggu-minggu pertama, sampai mereka percaya pada orang baru
    .feedback = Wajar berharap keadaan akan melunak, dan para bos juga berkata begitu. Tetapi tidak ada pada tembok dan penjaga itu yang dibuat untuk berubah: mereka ada untuk menahan orang selama perusahaan mau.
inside-boss-ask-paper = Minta melihat utangnya secara tertulis
    .feedback = Bertanya itu berisiko, dan hasilnya memperlihatkan sesuatu. Ia menunjukkan selembar kertas dalam bahasa yang tidak bisa Anda baca; angkanya apa saja yang ia katakan. Utang yang hanya bisa dibaca bos adalah rantai, bukan utang.
inside-wall-not-tonight = Minta mereka menunggu beberapa malam, sampai Anda tahu kapan penjaga berganti
    .feedback = Anda mencoba membuat rencana berbahaya jadi sedikit kurang berbahaya. Mereka pergi tanpa Anda, atau tidak; apa pun itu, Anda memilih di bawah ancaman, dan tak satu pun salah Anda.

inside-offer-broker = Lalu di pojok merokok, seorang pria dari kantor berkata ia mengatur "pindahan": perusahaan dekat perbatasan, makanan lebih baik, dan setelah tiga bulan Anda boleh pulang. Keluarga Anda membayar ${ $ransom } kepadanya, sisanya ia yang urus.
inside-offer-transfer = Setujui, dan berikan nomor keluarga Anda kepadanya. Di mana pun lebih baik daripada di sini
    .feedback = Ingin keluar dari tempat ini dengan harga berapa pun itu masuk akal. Tetapi "pindahan" yang dibayar keluarga Anda kepada orang kantor adalah cara orang dijual dari satu kompleks ke kompleks lain: pembelinya menambahkan harganya ke utang Anda.
inside-sold-van = { $relative } Anda meminjam uang. Seminggu kemudian, sebuah van membawa Anda dan tiga orang lain pada malam hari, menyusuri sungai.
inside-sold-new = Kompleks yang baru lebih besar. Ketua tim yang baru memegang kertas bertuliskan nama Anda.
inside-sold-debt = "Kami sudah membayar untukmu," katanya. "Utangmu di sini ${ $debt } ditambah biaya pindahan."
inside-end-sold = "Pindahan" itu ternyata penjualan. Anda berharap ada jalan keluar, dan seorang pria yang tahu harapan itu menjualnya kepada Anda; itu bukan salah Anda. Anda masih ditahan, keluarga kehilangan uang, dan utangnya lebih besar. Orang juga bisa keluar dari kompleks kedua, saat kabar sampai ke kedutaan atau LSM: jalannya sama, dan pesan berikutnya yang lolos ke luar bisa memulainya.

inside-phone-ngo = Kirim pesan ke LSM antiperdagangan orang yang nomornya ditulis { $coworker } di secarik kertas
    .feedback = LSM yang menangani kasus seperti ini adalah jalan yang membantu, dan { $coworker } mengambil risiko untuk memberi Anda nomornya. Memutuskan apakah memercayai kontak yang tak terlihat adalah keputusan yang sulit.

inside-ngo-hello = Halo. Kami menerima pesan Anda. Anda tidak bermasalah. Kami membantu orang keluar dari kompleks di { $place }, bersama kedutaan-kedutaan.
inside-ngo-never = Kami tidak akan pernah meminta uang kepada Anda atau keluarga Anda.
inside-ngo-pin = Kalau sudah aman, kirim pin lokasi dan nama gedungnya. Lalu hapus chat ini.
    .discuss = Bagaimana Anda membedakan kontak ini dari "sepupu" si penjaga atau pria yang mengatur "pindahan"?
inside-ngo-send-pin = Kirim pin dan gedungnya sekarang, lalu hapus chat
    .feedback = Anda memercayai kontak yang tidak meminta apa pun dan bekerja dengan kedutaan Anda, dan kali ini kepercayaan itu tepat. Penolong sungguhan meminta informasi, tidak pernah uang.
inside-ngo-check-first = Minta dulu sesuatu yang bisa Anda periksa: siapa di kedutaan Anda yang mengenal mereka
    .feedback = Pertanyaan yang wajar, dan LSM sungguhan tidak keberatan. Harganya satu malam lagi dengan ponsel tersembunyi, dan itu pun berisiko.
inside-ngo-delete = Hapus saja. Siapa pun bisa mengaku LSM
    .feedback = Setelah "sepupu" si penjaga dan pria dengan "pindahan", meragukan semua orang masuk akal. Kontak ini tidak meminta apa pun dan mengarahkan Anda ke kedutaan: itulah tanda bantuan sungguhan. Tidak memercayainya adalah pilihan yang lahir dari rasa takut, dan itu bukan salah Anda.
inside-ngo-checks-fair = Pertanyaan yang wajar. Bagus Anda bertanya.
inside-ngo-checks-embassy = Pejabat konsuler di kedutaan Anda mengenal kantor kami. { $relative } Anda bisa menelepon kedutaan dan bertanya tentang kami. Kirim pin saat Anda merasa aman.
inside-ngo-works-days = Anda mengirim pin dan warna gedungnya. Sepuluh hari berlalu, tanpa apa-apa. Anda menunduk dan memenuhi kuota sebisa mungkin.
inside-ngo-works-gate = Lalu suatu pagi, pejabat dari ibu kota dan seorang perempuan dari LSM itu ada di gerbang, membawa daftar nama. Nama Anda ada di sana.
inside-end-ngo = Anda bebas, karena Anda memercayai kontak yang layak dipercaya: ia tidak meminta apa pun, dan bekerja dengan kedutaan Anda. Lalu datang berminggu-minggu di penampungan, wawancara penyaringan, dan dokumen baru; Anda berhak diperlakukan sebagai korban, bukan penjahat, dan utang rekaan itu tidak berarti apa-apa. Memeriksa siapa yang bisa dipercaya tidak sama dengan tidak memercayai siapa pun. Perekrut bisa menghubungi penyintas lagi: simpan nomor LSM dan kedutaan Anda.

inside-embassy-reply-wait-safer = Tunggu sampai besok malam untuk mengirim pin, saat lorong lebih sepi
    .feedback = Menunggu saat yang lebih aman itu hati-hati, dan pilihan yang masuk akal. Bukan salah Anda bahwa perusahaan bergerak lebih dulu.
inside-family-reply-name-coworker = Tambahkan nama dan negara { $coworker }, supaya ia juga dicari
    .feedback = { $coworker } mengambil risiko untuk Anda, dan kini Anda mengambil risiko untuknya. Nama dan kewarganegaraan memungkinkan kedutaan bertindak untuk lebih dari satu orang.

inside-transfer-dawn = Sebelum subuh, penjaga masuk dari kamar ke kamar membawa daftar. Tiga puluh orang, termasuk Anda, disuruh berkemas.
inside-transfer-vans = Van-van menunggu di gerbang. "Perusahaan baru," kata ketua tim. "Mereka sudah membayar untukmu."
inside-transfer-memorise = Perhatikan jalan, dan ingat setiap papan yang dilewati
    .feedback = Anda melakukan apa yang bisa dilakukan di bawah ancaman. Apa pun yang Anda ingat bisa membantu orang menemukan Anda nanti. Tak satu pun ini salah Anda.
inside-transfer-tell-coworker = Bisikkan kepada { $coworker }: "Kalau bisa, beri tahu mereka ke mana aku dibawa"
    .feedback = Risiko yang diambil di bawah ancaman, demi peluang ada yang tahu. Tak satu pun ini salah Anda.
inside-transfer-head-down = Tundukkan kepala dan diam saja
    .feedback = Menjaga diri tetap aman di dalam van adalah pilihan di bawah ancaman, dan pilihan yang wajar. Tak satu pun ini salah Anda.
inside-end-resold = Anda melakukan semua yang bisa dilakukan orang yang berhati-hati: menemukan kontak yang aman, tidak pergi ke polisi setempat, dan berhasil mengirim kabar. Perusahaan menjual sekelompok pekerja sebelum bantuan datang, dan Anda termasuk di dalamnya; itu bukan perbuatan Anda. Pesan Anda tercatat: kedutaan dan LSM terus mencari, dan ada orang yang ditemukan setelah kompleks kedua dan ketiga. Saat bisa, kirim kabar lagi: jalan yang sama tetap membantu.
