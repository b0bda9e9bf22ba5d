# Machine-drafted translation: needs review by a native speaker.
after-release-title = Setelah bebas
after-release-summary = Anda baru saja dilepaskan dari kompleks penipuan dan dibawa ke perbatasan Thailand. Jalan pulang lambat, keluarga Anda berutang, dan tawaran kerja baru sudah menunggu.
after-release-content-note = Cerita ini dimulai pada minggu seseorang dilepaskan dari kompleks penipuan. Ada penahanan, utang, keluarga yang tidak percaya kepadanya, dan risiko diperdagangkan lagi, tetapi tidak ada adegan kekerasan. Anda bisa berhenti sejenak atau keluar kapan saja dengan q.

## Characters

after-release-character-ngo = Relawan sebuah LSM
after-release-character-officer = Petugas penyaringan
after-release-character-embassy = Komisi Tinggi Uganda, Kuala Lumpur
after-release-character-relative = Dari rumah: { $relative } Anda
after-release-character-recruiter = { $recruiter }
after-release-character-caseworker = Pendamping kasus IOM

## Variables

after-release-name-isaac = Isaac
after-release-name-moses = Moses
after-release-name-ronald = Ronald
after-release-name-brian = Brian

after-release-home-masaka = Masaka
after-release-home-jinja = Jinja
after-release-home-mbarara = Mbarara
after-release-home-gulu = Gulu

after-release-relative-sister = kakak perempuan
after-release-relative-mother = ibu
after-release-relative-uncle = paman

after-release-brother-joel = Joel
after-release-brother-denis = Denis
after-release-brother-peter = Peter

after-release-recruiter-kato = Kato
after-release-recruiter-eddie = Eddie
after-release-recruiter-frank = Frank

after-release-abroad-dubai = Dubai
after-release-abroad-doha = Doha
after-release-abroad-kuala-lumpur = Kuala Lumpur

## At the border

after-release-start-who = Anda { $name }, 27 tahun, dari { $home } di Uganda. Sembilan bulan lalu seorang agen di Kampala menjanjikan pekerjaan di hotel di Bangkok. Keluarga Anda meminjam USh { $loan } untuk membayar biayanya.
    .discuss = Apa yang paling dibutuhkan orang pada hari-hari pertama setelah mereka keluar?
after-release-start-compound = Hotel itu tidak pernah ada. Anda dibawa menyeberangi sungai ke Myanmar, ke sebuah kompleks tempat Anda dipaksa mengobrol dengan orang asing dan membujuk mereka menyerahkan uang.
after-release-start-out = Minggu lalu gerbang dibuka untuk beberapa ratus orang, dan Anda salah satunya. Sekarang Anda berada di sisi Thailand dari perbatasan. Tanpa paspor, tanpa ponsel, hanya pakaian yang Anda kenakan.

after-release-gate-hall = Sebuah aula panjang dekat perbatasan. Orang dari belasan negara duduk di atas tikar. Petugas di sebuah meja mencatat nama untuk wawancara.
after-release-gate-water = Seorang perempuan berkartu identitas LSM membagikan air. Ada yang bilang wawancara itu bisa berujung berminggu-minggu di rumah aman.
after-release-gate-driver = Di luar, seorang pria bersandar pada sebuah van. "Bangkok, bandara, tiga hari sampai rumah. 300 dolar; keluarga Anda bisa kirim. Tanpa wawancara, tanpa kamp."
after-release-gate-queue = Ikut antre ke meja petugas
    .feedback = Wawancara itu adalah penyaringan: petugas memeriksa siapa yang menjadi korban perdagangan orang, agar korban diperlakukan sebagai korban. Butuh waktu, sering berminggu-minggu, dan itulah juga yang membuka jalan ke rumah aman, dokumen, dan penerbangan pulang.
after-release-gate-ask-ngo = Tanyakan kepada perempuan berkartu LSM untuk apa wawancara itu
    .feedback = Bertanya sebelum memutuskan adalah cara yang baik memakai beberapa menit. Orang yang bekerja di perbatasan setiap hari tahu apa yang menyusul setiap pilihan.
after-release-gate-van = Naik van itu. Keluarga Anda bisa mengirim uangnya, dan Anda ingin pulang
    .feedback = Setelah berbulan-bulan di dalam, tiga hari terdengar seperti belas kasihan, dan itulah yang dijual sopir itu. Perjalanan yang menghindari pos pemeriksaan membuat Anda tanpa dokumen dan tanpa catatan tentang apa yang terjadi pada Anda, dan siapa pun yang dihentikan tanpa dokumen bisa ditahan sebagai migran ilegal alih-alih ditolong sebagai korban.

after-release-ngo-what = Wawancara itu adalah penyaringan. Petugas dan seorang pekerja sosial bertanya bagaimana Anda sampai di sini dan apa yang terjadi di dalam. Begitulah mereka tahu siapa yang diperdagangkan.
    .discuss = Mengapa orang yang baru dilepaskan bisa takut diwawancarai petugas?
after-release-ngo-weeks = Kalau Anda dinyatakan korban, Anda tinggal di rumah aman, dengan makanan dan dokter, sementara kedutaan Anda mengurus dokumen dan penerbangan diatur. Bisa berminggu-minggu. Saya tidak akan pura-pura itu cepat.
after-release-ngo-drivers = Van-van itu? Ada yang mengambil uangnya lalu menurunkan orang sebelum pos polisi. Tanpa paspor, itu berarti sel tahanan, bukan bandara.
after-release-ngo-stay = Tetap ikut penyaringan, walaupun butuh berminggu-minggu
    .feedback = Pilihan yang berat: lebih lama jauh dari rumah sementara utang di rumah bertambah. Tetapi inilah jalan yang mencatat apa yang dilakukan terhadap Anda, beserta perlindungan yang menyertainya.
after-release-ngo-van-anyway = Berminggu-minggu terlalu lama. Keluarga butuh Anda sekarang; naik van itu
    .feedback = Ingin cepat pulang itu wajar, dan utang keluarga membuat setiap minggu terasa berat. Tetapi sopir yang menghindari pos pemeriksaan membawa Anda keluar dari sistem yang ada untuk melindungi Anda.
after-release-ngo-ask-prison = Tanyakan pelan-pelan: "Saya memang menipu orang di sana. Apakah saya akan dipenjara?"
    .feedback = Banyak orang keluar dari kompleks dengan ketakutan persis seperti ini, dan para pelaku perdagangan orang sengaja menakut-nakuti agar mereka diam. Bertanya kepada orang yang tahu lebih baik daripada menebak.

after-release-rights-victim = Orang yang dipaksa melakukan kejahatan tidak seharusnya dihukum karenanya. Itulah gunanya penyaringan: melihat Anda sebagai korban, bukan penjahat.
after-release-rights-truth = Ceritakan apa yang terjadi dengan kata-kata Anda sendiri. Kalau tidak paham pertanyaannya, katakan saja.

after-release-van-money = Keluarga meminjam 300 dolar, dan { $relative } Anda mengirimkannya ke rekening sopir. Ia menyetir selama dua jam.
after-release-van-drop = Ia berhenti di jalan yang sepi. "Di depan ada pos polisi. Jalan kaki dari sini." Ia memutar van dan pergi.
after-release-van-held = Di pos pemeriksaan Anda tidak punya paspor dan visa. Polisi membawa Anda ke sel imigrasi, bersama orang-orang yang melewati batas visa dan orang-orang yang menyeberangi sungai.

after-release-cell-room = Ruangan kosong, sehelai tikar, sebuah keran. Tidak ada yang bertanya di mana Anda sebelumnya.
    .discuss = Orang yang sama bisa diperlakukan sebagai korban atau sebagai pelanggar. Apa yang menentukannya?
after-release-cell-officer = Pada hari kedua seorang petugas imigrasi datang membawa daftar. "Nama. Kewarganegaraan. Bagaimana Anda masuk ke Thailand?"
after-release-cell-tell-officer = Katakan yang sebenarnya: Anda dibawa menyeberang ke Myanmar dan ditahan di sebuah kompleks
    .feedback = Mengatakannya kepada petugas, bahkan dari dalam sel, bisa memulai penyaringan yang memperlakukan Anda sebagai korban. Berisiko untuk diucapkan, dan risiko itulah yang membuka pintu.
after-release-cell-embassy-please = Katakan Anda ingin bicara dengan kedutaan sebelum menjawab apa pun
    .feedback = Permintaan yang wajar, dan kedutaan Anda bisa berbicara untuk Anda. Sebagian negara sama sekali tidak punya kedutaan di Thailand, jadi mungkin butuh waktu lebih lama untuk menghubunginya.
after-release-cell-stay-quiet = Jangan katakan apa pun tentang kompleks itu. Mengaku pernah di sana bisa memperburuk keadaan
    .feedback = Takut dihukum adalah hal yang diandalkan bos kompleks. Ketakutan itu masuk akal, dan itu bukan salah Anda. Namun tanpa cerita Anda, petugas hanya melihat orang yang masuk tanpa dokumen.

## The interview

after-release-screening-interpreter = Silakan duduk. Ini pekerja sosial; dia juga akan mendengarkan. Kami bicara pelan-pelan, dan Anda boleh meminta kami mengulanginya.
after-release-screening-how = Bagaimana Anda sampai ke Myanmar? Siapa yang mengambil paspor Anda? Pekerjaan apa yang mereka paksakan kepada Anda?
    .discuss = Apa yang membuat sulit menceritakan semuanya kepada petugas?
after-release-screening-money = Apakah Anda mengambil uang dari orang lain? Katakan dengan jujur.
after-release-screening-tell-all = Ceritakan semuanya, termasuk obrolan penipuan yang dipaksakan kepada Anda
    .feedback = Bagian yang paling sulit diucapkan, dan sering justru bagian yang paling jelas menunjukkan bahwa Anda dipaksa. Orang yang dipaksa melakukan kejahatan di dalam kompleks tidak seharusnya dihukum karenanya.
after-release-screening-leave-out = Ceritakan bagaimana Anda ditipu dan ditahan, tetapi tanpa apa yang mereka paksa Anda lakukan
    .feedback = Banyak penyintas menahan bagian itu, karena malu atau takut. Yang Anda ceritakan sudah cukup bagi mereka untuk melihat bahwa Anda diperdagangkan. Kalau nanti Anda ingin menceritakan sisanya, pekerja sosial adalah orang yang tepat.
after-release-screening-overstayed = Katakan saja Anda melewati batas visa dan ingin pulang
    .feedback = Kedengarannya jalan keluar tercepat, dan paling aman. Tetapi petugas hanya bisa melindungi korban yang mereka ketahui: sebagai pelanggar visa, Anda tidak mendapat rumah aman, tidak mendapat bantuan, dan tidak ada catatan tentang orang-orang yang memperdagangkan Anda.

after-release-overstay-processed = Anda diproses sebagai orang yang melanggar aturan imigrasi: lebih banyak hari di tahanan, formulir dalam bahasa yang tidak bisa Anda baca, antrean orang yang menunggu penerbangan.
after-release-overstay-flight = Berminggu-minggu kemudian Anda dinaikkan ke pesawat. Tidak ada yang bertanya apa yang terjadi pada Anda, dan tidak ada yang menunggu Anda yang tahu ceritanya.

after-release-embassy-where = Selamat siang. Ini Komisi Tinggi Uganda di Kuala Lumpur. Duta besar kami untuk Thailand bertugas dari sini, di Malaysia; tidak ada yang lebih dekat.
after-release-embassy-confirmed = Otoritas Thailand sudah memastikan bahwa Anda korban perdagangan orang. Itu memungkinkan kami memulai kepulangan Anda. Kami sedang menyiapkan dokumen perjalanan darurat untuk Anda.
after-release-embassy-wait = Sampai saat itu IOM dan pemerintah Thailand menampung Anda di rumah aman dekat perbatasan. Kami belum bisa memberi tanggal. Mohon bersabar.

## Weeks in a shelter

after-release-shelter-weeks = Rumah aman itu bersih dan tenang. Ada dokter setiap Selasa. Satu minggu menjadi tiga, lalu lima.
after-release-shelter-phone = Seorang pekerja sosial meminjamkan ponsel untuk menelepon ke rumah. Pada dering pertama, { $relative } Anda mengangkatnya.
    .discuss = Bagaimana keluarga Anda sendiri akan menanggapi telepon seperti ini?
after-release-shelter-tell-everything = Ceritakan semuanya kepada { $relative } Anda: kompleks itu, kebohongan agen, dan bahwa Anda tidak berutang apa pun kepadanya
    .feedback = Kebenaran itu penting, dan keluarga Anda membutuhkannya: agen itu masih berkeliaran. Namun itu juga bisa berat didengar, lewat telepon, dari jauh.
after-release-shelter-only-safe = Katakan saja Anda selamat dan akan pulang. Sisanya bisa menunggu sampai Anda di rumah
    .feedback = Melindungi keluarga dari rasa cemas itu baik, dan ada hal yang lebih mudah dibicarakan langsung. Harganya: sampai Anda pulang, mereka hanya punya versi si agen.
after-release-shelter-social-worker = Minta pekerja sosial ikut dalam telepon dan membantu menjelaskan apa yang terjadi
    .feedback = Butuh dua hari untuk mengaturnya, dan { $relative } Anda sakit hati karena Anda tidak langsung menelepon. Tetapi suara kedua, dari orang yang memang tugasnya begini, bisa lebih didengar daripada suara yang lelah.

after-release-disbelief-agent = Agen itu datang ke rumah. Katanya kamu kabur dari pekerjaan yang bagus, dan sekarang kita berutang tiket kepadanya.
after-release-disbelief-owe = Penipuan? Kamu kedengarannya capek. Rentenir datang setiap bulan. Kami membayar bunga atas USh { $loan } sejak kamu pergi.
after-release-disbelief-brother = Agen itu punya pekerjaan lain, perusahaan lain, hotel di Bangkok, ${ $pay } sebulan. { $brother } mau mengambilnya untuk melunasi utang kita. Dia berangkat minggu depan.
    .discuss = Mengapa sebuah keluarga bisa lebih percaya kepada agen daripada kepada anaknya sendiri?
after-release-disbelief-insist = Katakan lagi pelan-pelan: agen yang sama, hotel yang sama di Bangkok. Mohon { $brother } jangan pergi
    .feedback = Anda melakukan hal yang benar, sejelas yang bisa dilakukan siapa pun. Keluarga sering percaya kepada agen: ia duduk di rumah mereka, bicara dengan yakin, dan menawarkan jalan keluar dari utang. Itulah tipuannya, dan bukan salah Anda kalau itu berhasil pada mereka.
after-release-disbelief-ask-worker = Jangan berdebat sekarang. Minta pekerja sosial menelepon mereka besok, bersama Anda
    .feedback = Menunggu sehari, dan { $relative } Anda menutup telepon dengan kesal. Tetapi suara resmi yang menjelaskan cara kerja agen bisa menjangkau keluarga yang tidak terjangkau oleh permohonan seorang anak.
after-release-disbelief-let-go = Mungkin perusahaan ini berbeda. Minta { $brother } mengirim lokasinya setiap hari
    .feedback = Setelah berbulan-bulan jauh, berdebat dengan keluarga lewat telepon itu berat, dan perusahaan yang berbeda terdengar mungkin. Tetapi agen yang sama dan janji yang sama tentang pekerjaan hotel di Bangkok adalah pola yang dulu menjebak Anda.

after-release-believed-listened = Pekerja sosial menjelaskan cara kompleks-kompleks itu merekrut, dan apa hasil penyaringan. Lama sekali { $relative } Anda terdiam.
after-release-believed-agent = Lalu { $relative } Anda minta maaf: keluarga percaya kepada agen itu. { $brother } tidak akan mengambil pekerjaannya, dan kalau agen itu datang lagi, mereka akan memanggil polisi.
after-release-believed-money = "Tapi rentenir masih menagih uangnya. Pulanglah dulu, nanti kita lihat."

after-release-end-brother-gone = { $brother } berangkat sembilan hari sebelum penerbangan Anda. Pesan terakhirnya datang dari Mae Sot: seorang sopir membawanya "ke hotel". Di Entebbe Anda dan { $relative } Anda langsung pergi ke Kementerian Luar Negeri dan polisi, membawa nama agen, nomornya, dan setiap pesan. Anda mengatakan yang sebenarnya, dengan jelas dan tepat waktu, tetapi yang dipercaya justru agen itu. Begitulah tipuan itu bekerja, dan itu bukan salah Anda. Keluarga yang cepat melapor ke kementerian, kedutaan, dan IOM pernah berhasil memulangkan orang.

## Home

after-release-home-land = Pesawat mendarat di Entebbe. Di pintu kedatangan, { $relative } Anda menunggu, lebih kurus daripada yang Anda ingat.
after-release-home-lender = Di rumah ada rentenir. Ia datang setiap bulan, dan sekarang ia menagih USh { $loan } beserta bunganya, segera.
after-release-home-neighbours = Tetangga bertanya mengapa Anda pulang dengan tangan kosong setelah sembilan bulan di luar negeri. Ada malam-malam ketika Anda tidak bisa tidur.
    .discuss = Apa yang paling menolong orang dalam keadaan ini: uang, pekerjaan, atau orang yang percaya kepadanya?

after-release-offer-post = Diunggah di "Back Home - Returnees Uganda": Pulang dari Asia membawa utang? Jangan diam di rumah. Perusahaan resmi di { $abroad }, kerja kantor dan gudang, ${ $pay } sebulan, tiket dan visa dibayar. Terbuka untuk yang baru pulang: kalian sudah paham komputer. DM saya.
after-release-offer-dm = Bro, saya juga pernah di Myanmar, saya tahu perusahaan yang jahat. Yang ini bersih. Sudah enam orang saya kirim. Saya bisa simpan satu tempat untukmu.
after-release-offer-reply = Balas dia. Dia juga pernah di sana; dia tahu seperti apa perusahaan yang jahat
    .feedback = Orang yang mengalami hal yang sama terasa paling bisa dipercaya, dan grup untuk orang yang baru pulang terasa seperti tempat aman. Perekrut tahu keduanya, dan mereka tahu siapa yang punya utang.
after-release-offer-ask-details = Tanyakan nama lengkap perusahaan, kontraknya, dan agensi berizin mana yang mengurusnya
    .feedback = Pertanyaan yang tepat: pemberi kerja yang asli punya nama, alamat, dan kontrak tertulis, dan agensi yang asli punya izin yang bisa Anda periksa. Jawabannya akan banyak memberi tahu.
after-release-offer-ask-caseworker = Teruskan unggahan itu ke pendamping kasus IOM Anda dan tanyakan pendapatnya
    .feedback = Pendapat kedua dari orang yang tahu cara kerja perekrut, dan tidak menginginkan apa pun dari Anda. Butuh satu atau dua hari, dan "tempat" yang ia simpan bisa hilang.
after-release-offer-find-iom = Cari kantor IOM di Uganda dan tanyakan tentang unggahan itu, dan tentang bantuan bagi orang yang baru pulang
    .feedback = Tidak ada yang memberi Anda pendamping kasus, jadi Anda mencarinya sendiri. Butuh beberapa kali menelepon, dan "tempat" yang ia simpan bisa hilang. IOM menolong orang yang pernah diperdagangkan, termasuk mereka yang tidak pernah teridentifikasi di luar negeri.

after-release-fee-company = Nama perusahaan saya kasih setelah kamu tanda tangan, itu rahasia. Kontrak kamu terima setelah tiba.
after-release-fee-fee = Ada biaya proses, USh { $fee }, untuk visa dan medis. Atau perusahaan memotongnya dari gaji pertama; banyak yang begitu.
after-release-fee-seats = Bulan ini tinggal tiga tempat. Saya butuh jawabanmu hari ini.
after-release-fee-pay-fee = Pinjam uang untuk biayanya. Satu pekerjaan bagus di luar negeri bisa melunasi semua utang
    .feedback = Ketika rentenir sudah di depan pintu, biaya yang bisa menyelesaikan semuanya terasa sepadan dengan risikonya. Justru karena itulah perekrut mencari orang yang baru pulang membawa utang.
after-release-fee-from-salary = Biar dipotong dari gaji pertama. Setidaknya tidak perlu meminjam lagi
    .feedback = Kedengarannya seperti kebaikan, dan begitulah utang yang lalu dimulai: Anda mulai bekerja sudah berutang kepada orang yang menentukan di mana Anda tidur dan kapan Anda boleh pergi.
after-release-fee-check-first = Katakan bahwa Anda akan memeriksa agensinya di kementerian tenaga kerja sebelum apa pun
    .feedback = Agensi yang asli bisa menunggu sehari untuk diperiksa, dan perusahaan yang asli punya nama sebelum Anda tanda tangan. Harganya juga nyata: kalau pekerjaan itu asli, Anda bisa kehilangan tempat, dan keluarga Anda akan bertanya mengapa Anda tidak bilang ya.

after-release-checked-list = Anda mencari di daftar agensi perekrutan berizin milik kementerian tenaga kerja. Baik { $recruiter } maupun perusahaan di { $abroad } tempat ia bekerja tidak ada di sana.
after-release-checked-blocked = Ketika Anda bertanya agensi berizin mana yang mengurus pekerjaan itu, ia menyebut Anda tidak tahu terima kasih, lalu memblokir Anda.
after-release-checked-angry = Kali ini { $relative } Anda marah: "Ada pekerjaan datang, dan kamu menolak? Sekarang siapa yang bayar rentenir?"
    .discuss = Bagaimana seseorang bisa menolak tawaran berisiko ketika keluarganya sendiri ingin ia menerimanya?
after-release-checked-report = Laporkan { $recruiter } ke polisi, dan unggah peringatan di grup orang-orang yang baru pulang
    .feedback = Laporan dan peringatan Anda bisa sampai kepada orang yang punya utang dan harapan yang sama. Itu tidak membayar rentenir, dan { $relative } Anda mungkin belum melihat gunanya.
after-release-checked-stall = Terima tawaran sepupu Anda: berjualan di lapaknya di pasar { $home }, dengan upah kecil
    .feedback = Pekerjaan yang nyata, dekat rumah, dari orang yang bisa Anda temui setiap hari: tidak semua tawaran adalah jebakan, dan yang ini persis seperti yang dikatakannya. Harganya adalah upahnya, dan utang yang akan lama lunas.
after-release-checked-iom = Tanyakan kepada IOM bantuan apa yang ada bagi orang yang baru pulang
    .feedback = Bantuan yang tidak meminta imbalan itu ada, dan penyintas berhak atasnya. Lebih lambat daripada pekerjaan di luar negeri, dan tidak membayar rentenir bulan ini.

after-release-support-hello = Halo { $name }, ini IOM. Terima kasih sudah menghubungi kami.
after-release-support-post = Perusahaan tanpa nama, gaji jauh di atas nilai pekerjaannya, semua dibayari, dan perekrut yang mencari orang berutang: itu tanda-tanda yang sama seperti yang pertama kali. Kalau ia meminta biaya, tolong jangan kirim apa pun.
after-release-support-offer = Kami bisa menawarkan konseling, dan membicarakan langkah berikutnya, dekat rumah. Ini akan lebih lambat daripada yang ia janjikan.
after-release-support-counselling = Terima konselingnya, dan tanyakan tentang pekerjaan dekat rumah
    .feedback = Berbicara dengan seseorang setelah apa yang Anda alami bukan kelemahan; itu bantuan yang menjadi hak Anda. Pekerjaannya akan lebih lambat datang, dan akan nyata.
after-release-support-warn-group = Minta dia membantu Anda menulis peringatan untuk grup orang yang baru pulang
    .feedback = Peringatan dari orang yang pernah ada di sana, diperiksa bersama orang yang paham, bisa menghentikan orang berikutnya untuk membalas.
after-release-support-apply-anyway = Berterima kasih, tetapi rentenir tidak mau menunggu. Hubungi { $recruiter } lagi
    .feedback = Utangnya nyata dan tekanannya nyata. Tetapi gaji tinggi, biaya di muka, dan perekrut yang mencari orang berutang adalah tanda-tanda yang sama seperti dulu.

after-release-end-fee-gone = Anda meminjam USh { $fee } dari sepupu dan mengirimkannya. { $recruiter } berterima kasih, bilang visanya "sedang diproses", dan seminggu kemudian nomornya dan unggahannya hilang. Sekarang ada dua utang. Ini bukan salah Anda: ia sengaja mencari orang yang baru pulang membawa utang, karena utang membuat "ya" yang cepat terasa seperti satu-satunya jalan. Simpan setiap pesan dan bukti pembayaran, laporkan ia ke polisi, dan peringatkan grup itu.
after-release-end-again = Anda setuju biayanya dipotong dari gaji. Tiketnya ke { $abroad }; lalu ada penerbangan lanjutan ke Bangkok, seorang sopir, dan perjalanan panjang ke sebuah kota perbatasan. Ketika Anda sadar, "biaya" itu sudah menjadi utang lagi, dan cerita berhenti di sini. Ini terjadi pada orang yang pernah mengalaminya: perekrut tahu utang yang menunggu di rumah. Semua ini bukan salah Anda, dan jalan yang menolong tetap sama: kedutaan Anda, IOM, dan keluarga Anda.
after-release-end-reported = Polisi mencatat keterangan Anda tentang { $recruiter }, dan peringatan Anda tetap di bagian atas grup. Dua orang menulis bahwa mereka hampir membayarnya. Rentenir masih datang, dan { $relative } Anda masih cemas. Tetapi bulan ini tidak ada seorang pun dari grup itu yang pergi bersama { $recruiter }, dan sekarang Anda mengenal tanda-tandanya lebih baik daripada siapa pun.
after-release-end-local = Senin Anda mulai bekerja di lapak sepupu Anda di { $home }. Upahnya hanya sebagian kecil dari yang dijanjikan { $recruiter }, dan rentenir menggerutu, tetapi mau menerima cicilan kecil. Ada malam yang masih berat. Tetapi Anda tidur di rumah, dan pekerjaannya persis seperti yang dikatakan sepupu Anda.
after-release-end-support = Konselingnya dimulai minggu berikutnya, dengan seseorang yang pernah mendengar cerita seperti cerita Anda. Prosesnya lambat, dan utangnya tidak hilang. Tetapi setiap langkah bisa Anda periksa, dan orang-orang yang membantu Anda tidak meminta imbalan apa pun.

## The catalogue's red flags, in this story's setting

after-release-redflag-informal-border = Tumpangan yang menghindari pos pemeriksaan
    .explain = Setelah berbulan-bulan di dalam kompleks, sopir yang menjanjikan pulang dalam tiga hari terdengar seperti penyelamatan. Meninggalkan wilayah perbatasan tanpa melalui petugas berarti tanpa penyaringan, tanpa catatan tentang apa yang dilakukan terhadap Anda, dan berisiko ditahan sebagai migran ilegal alih-alih ditolong sebagai korban.
    .advice = Tetaplah bersama petugas dan LSM di perbatasan, walaupun lambat, dan mintalah dihubungkan dengan kedutaan Anda. Jangan pernah membayar sopir untuk menghindari pos pemeriksaan.

after-release-redflag-pay-too-good = Janji yang sama, untuk kedua kalinya
    .explain = Keluarga yang berutang ingin percaya bahwa pekerjaan bagus sedang menunggu. Tawaran yang datang lagi, dari agen yang sama atau yang baru, dengan janji yang serupa, mengandalkan harapan itu, dan utang itu.
    .advice = Anggap tawaran dari agen yang sama, atau tawaran yang serupa, sebagai bahaya yang sama. Periksa setiap pekerjaan di luar negeri di daftar agensi berizin kementerian tenaga kerja, dan ceritakan kepada keluarga apa yang terjadi sebelum mereka memutuskan.

after-release-redflag-friend-vouches = Orang yang juga pernah di sana
    .explain = Sesama orang yang baru pulang memahami apa yang Anda alami, jadi kata-katanya terasa aman. Ia mungkin percaya pada tawaran itu, atau dibayar, atau ditekan untuk membawa orang.
    .advice = Berterima kasihlah, lalu periksa sendiri pekerjaannya: agensi berizinnya, kontraknya, pemberi kerjanya. Tanyakan kepada IOM atau kedutaan Anda sebelum menjawab.

after-release-redflag-social-media-ad = Iklan di grup orang yang baru pulang
    .explain = Grup untuk orang yang baru pulang terasa seperti tempat aman di antara teman. Perekrut mengunggah di sana karena mereka tahu anggotanya punya utang dan ingin cepat bekerja.
    .advice = Carilah pekerjaan lewat agensi berizin dan orang yang bisa Anda periksa. Laporkan unggahan seperti ini kepada admin grup dan polisi.

after-release-redflag-upfront-fee = Biaya untuk berangkat lagi
    .explain = Ketika rentenir sudah di depan pintu, membayar satu biaya untuk melunasi semua utang terasa masuk akal. Setelah membayar, mundur berarti kehilangan uang itu juga.
    .advice = Jangan membayar perorangan untuk mendapat pekerjaan di luar negeri. Tanyakan kepada kementerian tenaga kerja biaya mana yang sah, dan selalu minta kuitansi resmi.

after-release-redflag-debt-bondage = Biaya yang "dipotong dari gaji"
    .explain = Biaya yang dipotong dari gaji terdengar baik hati: tidak perlu meminjam. Tetapi Anda tiba sudah berutang kepada orang yang menentukan di mana Anda tidur dan kapan Anda boleh pergi, dan begitulah utang yang lalu dimulai.
    .advice = Jangan pernah memulai pekerjaan di luar negeri dalam keadaan sudah berutang kepada pemberi kerja atau perekrut. Pekerjaan yang asli punya kontrak tertulis yang menyebut gaji Anda, dan agensi berizin yang bertanggung jawab atasnya.
