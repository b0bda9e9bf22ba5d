# Machine-drafted translation: needs review by a native speaker.
half-knew-title = Yang setengah tahu
half-knew-summary = Perekrut berterus terang: pekerjaan di luar negeri itu "pemasaran online, agak abu-abu". Anda butuh uang. Sebenarnya Anda setuju pada apa?
half-knew-content-note = Cerita ini berjalan dari sebuah tawaran kerja sampai ke dalam kompleks penipuan. Ada ancaman, utang yang dikarang, dan orang yang "dijual" ke kompleks lain, tetapi tidak ada adegan kekerasan. Anda bisa berhenti sejenak atau keluar kapan saja dengan q.

## Characters

half-knew-character-recruiter = { $recruiter }, perekrut
half-knew-character-cousin = Sepupu Anda
half-knew-character-consul = Kedutaan negara Anda di Phnom Penh
half-knew-character-leader = Ketua tim
half-knew-character-embassy = Saluran darurat kedutaan
half-knew-character-relative = { $relative } Anda

## Variables

half-knew-who-khamla = Khamla, 24 tahun, laki-laki dari Savannakhet, Laos
half-knew-who-thu = Thu, 22 tahun, perempuan dari Nghe An, Vietnam
half-knew-who-aung = Aung, 26 tahun, laki-laki dari Mandalay, Myanmar

half-knew-place-sihanoukville = Sihanoukville
half-knew-place-bavet = Bavet
half-knew-place-poipet = Poipet

half-knew-recruiter-nok = Nok
half-knew-recruiter-tony = Tony
half-knew-recruiter-linda = Linda

half-knew-coworker-mai = Mai
half-knew-coworker-joy = Joy
half-knew-coworker-bayu = Bayu

half-knew-relative-sister = kakak perempuan
half-knew-relative-brother = kakak laki-laki

## Home

half-knew-start-who = Anda adalah { $who }. Anda sudah lulus sekolah, bisa sedikit bahasa Inggris, dan cekatan memakai ponsel. Pekerjaan di kampung gajinya kecil, dan tidak setiap bulan ada.
    .discuss = Siapa di sekitar Anda yang mau menerima pekerjaan yang "agak abu-abu", dan mengapa?
half-knew-start-money = Tahun lalu keluarga Anda meminjam uang, dan pemberi pinjaman menagihnya. Di sebuah grup lowongan kerja di Telegram, seorang perekrut menghubungi Anda lebih dulu.

half-knew-offer-job = Halo! Kerja pemasaran online di { $place }, Kamboja. ${ $salary } sebulan. Anda chat dengan pelanggan dalam bahasa Inggris dan bahasa Anda.
    .discuss = Perekrut ini jujur bahwa pekerjaannya "abu-abu". Apakah itu membuat sisa tawarannya lebih bisa dipercaya, atau kurang?
half-knew-offer-grey = Saya jujur sama kamu: agak abu-abu. Chat jualan dengan orang asing, ada cerita yang tidak 100% benar. Tidak berbahaya. Banyak orang dari negaramu kerja di sana.
half-knew-offer-paid = Bus, mobil, dan kamar dibayar perusahaan. Minggu depan mulai kerja.
half-knew-offer-ask-grey = Tanyakan dulu apa persisnya arti "agak abu-abu" sebelum menjawab
    .feedback = Pertanyaan yang wajar. "Pemasaran online" tidak menjelaskan pekerjaannya, dan "agak abu-abu" lebih banyak menyembunyikan daripada menjelaskan. Jawabannya, atau tidak adanya jawaban, perlu Anda ketahui sebelum pergi ke mana pun.
half-knew-offer-say-yes = Bilang ya. Banyak orang hidup dari pekerjaan abu-abu, dan gajinya bagus
    .feedback = Banyak orang bilang ya, dan mudah dimengerti alasannya: utangnya nyata dan perekrutnya terdengar jujur. Tetapi "agak abu-abu" adalah pekerjaan yang tidak jelas, dan gaji berkali-kali lipat dari upah setempat hanya untuk chat adalah umpannya. Yang menunggu di ujung sana bukan seperti yang diceritakan.
half-knew-offer-ask-cousin = Sebelum menjawab, tanyakan pada sepupu Anda yang bekerja di luar negeri lewat agen berizin
    .feedback = Bertanya kepada orang yang berangkat lewat jalur resmi memberi Anda pembanding. Gaji setinggi ini untuk pekerjaan tanpa keahlian, jauh di atas mana pun di sekitar Anda, sudah merupakan tanda bahaya.

half-knew-grey-answer-explain = Kamu chat sebagai orang yang ramah, kamu bicara soal investasi, sisanya urusan perusahaan. Kamu tidak mencuri dari siapa pun. Kamu cuma ngobrol.
half-knew-grey-answer-contract = Kontrak ditandatangani di sana. Bosnya di { $place }.
half-knew-grey-answer-friday = Tinggal tiga kursi. Kabari saya paling lambat Jumat.
half-knew-grey-answer-ask-contract = Bilang mungkin. Tapi Anda mau kontrak dan nama perusahaan secara tertulis dulu
    .feedback = Anda tetap teguh di depan tenggat. "Tanda tangan di sana", setelah Anda menyeberangi perbatasan, berarti tidak ada kontrak saat paling dibutuhkan, dan desakan itu ada supaya Anda tidak bertanya lagi.
half-knew-grey-answer-go-now = Bilang ya sebelum kursinya habis. "Bicara soal investasi" kedengarannya seperti jualan
    .feedback = Tenggat membuat siapa pun memutuskan lebih cepat, dan "tinggal tiga kursi" dikarang persis untuk itu. Tanpa kontrak sebelum berangkat, tidak ada yang menyebut apa pekerjaannya, berapa gajinya, atau bahwa Anda boleh berhenti.
half-knew-grey-answer-decline = Bilang tidak. Membujuk orang "berinvestasi" kedengarannya seperti berbohong demi uang
    .feedback = Anda mendengar arti sebenarnya dari kata-kata itu. Menolak ada harganya: utang masih ada, dan grup lowongan itu terus menawarkan hal yang sama.

half-knew-end-declined = Anda menolak, dan dalam semenit { $recruiter } memblokir Anda. Utangnya masih ada, begitu juga gaji kecil di kampung. Beberapa bulan kemudian, anak laki-laki tetangga pulang dari { $place } setelah keluarganya membayar agar dia dilepas; dia tidak mau bercerita. Anda terus mencari, dan bertanya ke dinas tenaga kerja tentang kerja di luar negeri lewat agen berizin.

half-knew-cousin-heard = Aku pernah dengar kerja begini. Dua anak laki-laki dari kecamatan kita pergi ke { $place }. Keluarganya harus bayar supaya mereka bisa pulang.
    .discuss = Jalan sepupu ini lebih lambat, lebih kecil gajinya, dan butuh biaya. Mengapa tetap penting bahwa jalurnya lewat kantor yang bisa Anda datangi?
half-knew-cousin-official = Kalau mau kerja di luar negeri, datang ke dinas tenaga kerja di kota. Minta daftar agen berizin. Agenku ada di daftar itu.
half-knew-cousin-slow = Memang lebih lambat. Ada cek kesehatan, biaya resmi dengan kuitansi, dan mungkin tiga bulan menunggu. Uangnya lebih kecil dari ini. Tapi kamu tahu mau ke mana.
half-knew-cousin-labour-office = Pergi ke dinas tenaga kerja dengan nama agen sepupu Anda
    .feedback = Pekerjaan lewat agen berizin bisa diperiksa, dan tidak diurus lewat chat. Anda kehilangan beberapa bulan dan membayar biaya, dan gajinya lebih kecil: itulah harga pekerjaan yang bisa Anda tinggalkan.
half-knew-cousin-tell-recruiter = Ceritakan kepada { $recruiter } apa kata sepupu Anda, lalu lihat jawabannya
    .feedback = Menguji perekrut itu wajar. Dengarkan apa yang kembali: pemberi kerja sungguhan menjawab dengan nama, dokumen, dan alamat, bukan dengan tenggat.
half-knew-cousin-take-grey = Ambil pekerjaan abu-abu itu. Tiga bulan terlalu lama kalau penagih sudah di depan pintu
    .feedback = Tekanan uang itu nyata, dan perekrut mengandalkannya. Pekerjaan yang hanya ada di chat Telegram, tanpa agen berizin dan tanpa kantor di kampung, sama sekali tidak melindungi Anda kalau ada masalah.

half-knew-end-genuine = Dinas tenaga kerja punya nama agen sepupu Anda di daftarnya. Empat bulan kemudian, setelah cek kesehatan dan biaya resmi dengan kuitansi, Anda mulai bekerja di sebuah pabrik di luar negeri. Gajinya lebih kecil dari janji { $recruiter }, dan kerjanya berat, tetapi Anda punya kontrak, paspor Anda sendiri, dan hari libur. Setiap bulan Anda mengirim uang ke rumah.

half-knew-written-pdf = Oke, tidak masalah. Ini kontraknya: nama perusahaan, gaji ${ $salary }, cap direktur.
half-knew-written-website = Dan ini website kami. Kami terdaftar, lihat nomornya di bagian bawah.
half-knew-written-trust-papers = Baca, lalu merasa lebih tenang. Ada cap, website, dan nomor registrasi: perusahaan sungguhan
    .feedback = Dokumen seperti ini mudah dibuat, dan website dengan nomor registrasi bisa selesai dalam satu sore. Karena itulah dokumen seperti ini dipakai: membuat orang yang berhati-hati merasa sudah memeriksa.
half-knew-written-copy-relative = Kirim kontrak, website, dan nomor { $recruiter } ke { $relative } Anda, beserta alamatnya
    .feedback = Bagus: Anda tidak menganggap dokumen itu sebagai bukti, dan sekarang ada orang di rumah yang memegang semua detailnya. Itu bisa sangat penting nanti.
half-knew-written-call-embassy = Telepon kedutaan negara Anda di Phnom Penh, tanyakan apakah mereka tahu perusahaan itu
    .feedback = Memeriksa lewat nomor yang Anda cari sendiri, bukan nomor dari perekrut, adalah cara menguji dokumen seperti ini.

half-knew-embassy-check-no-record = Kami tidak punya catatan perusahaan ini sebagai pemberi kerja. Itu tidak membuktikan perusahaan ini palsu, tetapi kami tidak bisa bilang asli.
half-knew-embassy-check-addresses = Kami sudah membantu warga yang keluar dari kompleks di { $place }. Banyak yang diberi tahu pekerjaannya pemasaran.
half-knew-embassy-check-if-you-go = Kalau Anda tetap pergi: lapor diri kepada kami, pegang paspor Anda sendiri, dan kirimkan alamat Anda begitu tiba. Simpan nomor ini.
half-knew-embassy-check-stay-home = Tetap di rumah. Bilang ke { $recruiter } batal
    .feedback = Pilihan yang berat, diambil dengan informasi yang nyata. Utangnya masih ada, tetapi Anda tahu pekerjaan itu kemungkinan besar apa.
half-knew-embassy-check-go-registered = Pergi, tapi lapor diri ke kedutaan, simpan nomornya, dan tinggalkan semuanya pada { $relative } Anda
    .feedback = Anda butuh uang, dan Anda sudah melakukan apa yang bisa agar Anda bisa ditemukan. Apa pun yang terjadi sesudahnya bukan karena Anda ceroboh.

half-knew-end-checked = Anda bilang ke { $recruiter } bahwa Anda tidak jadi datang. Pesannya berubah marah, lalu berhenti. Di dinas tenaga kerja, seorang petugas memberi Anda daftar agen berizin. Jalurnya lebih lambat dan gajinya lebih kecil, dan awalnya keluarga Anda tidak senang. Lalu teman sepupu Anda pulang dari { $place } tanpa apa-apa, dan tidak ada lagi yang bertanya kenapa Anda tidak berangkat.

## The road

half-knew-travel-brief-bus = Bagus! Naik bus malam ke perbatasan hari Senin. Tiketnya sudah di kotak masukmu.
half-knew-travel-brief-friend = Temanku menunggu dengan mobil. Dia urus cap masukmu, lebih cepat.
half-knew-travel-brief-quiet = Jangan bicara dengan petugas. Kalau ditanya, bilang mengunjungi teman.

half-knew-border-night = Bus tiba di perbatasan setelah gelap. Seorang pria bertopi memegang kertas bertuliskan nama Anda. Dia tersenyum dan mengambil tas Anda.
    .discuss = Apa yang masih bisa Anda lakukan di sini, dan apa harga tiap pilihan?
half-knew-border-passport = "Berikan paspormu," katanya. "Aku urus capnya, kamu tunggu di mobil."
half-knew-border-road = Mobil tidak menuju pos pemeriksaan. Mobil berbelok ke jalan tanah. "Lewat sini lebih cepat," katanya.
half-knew-border-hand-over = Serahkan. Anda lelah, dan dia melakukan ini setiap hari
    .feedback = Setelah malam yang panjang, ada orang yang "mengurus dokumen" terasa melegakan. Tetapi paspor Anda lepas dari tangan, dan mobil memutari pos pemeriksaan: tanpa cap, tanpa catatan, dan tanpa bukti bagaimana Anda masuk.
half-knew-border-keep-and-share = Pegang paspor di tangan. Kirim lokasi langsung dan pelat nomor mobil kepada { $relative } Anda
    .feedback = Anda tetap memegang paspor dan meninggalkan jejak. Anda tetap melanjutkan perjalanan, dan itu pilihan Anda: sekarang orang di rumah tahu persis di mana Anda menyeberang.
half-knew-border-get-out = Minta dia berhenti. Turun dan jalan kembali ke pos pemeriksaan resmi
    .feedback = Menyeberang di luar pos pemeriksaan tidak meninggalkan catatan. Berjalan kembali itu menakutkan, malam-malam, dengan orang asing yang marah kepada Anda, dan Anda kehilangan pekerjaan itu dan ongkos busnya.

half-knew-end-border = Sopir itu memaki, melempar tas Anda ke jalan, lalu pergi. Di pos pemeriksaan, di sisi perbatasan negara Anda sendiri, seorang petugas mendengarkan dan mencatat pelat nomor mobil itu. Anda tidur di bangku dan naik bus pertama pulang, dengan ongkos pinjaman dari teman. { $recruiter } menulis bahwa Anda berutang kepada perusahaan untuk "kursi" itu. Anda tidak menjawab, dan melaporkan akun itu.

## The compound

half-knew-arrive-gate = Kantornya adalah deretan gedung tinggi di balik tembok berkawat di atasnya. Penjaga di gerbang membukanya untuk mobil dan menutupnya lagi di belakang Anda.
half-knew-arrive-taken = Seorang perempuan di meja mengambil paspor dan ponsel Anda "untuk disimpan", lalu memberi Anda ponsel kerja yang penuh profil palsu.
half-knew-arrive-floor = Lantai Anda punya enam puluh meja. Tidak ada yang mengangkat kepala.
half-knew-arrive-for-staff = Pikir: kota ini keras. Penjaga dan brankas paspor itu untuk melindungi karyawan
    .feedback = Itu yang dikatakan kepada Anda, dan setelah malam yang panjang, itu lebih mudah dipercaya. Tetapi penjaga yang mengunci gerbang di belakang Anda, kawat di atas tembok, dan paspor serta ponsel Anda di laci orang lain ada untuk menahan Anda di dalam dan memutus Anda dari dunia luar. Pemberi kerja yang asli tidak butuh satu pun dari itu.
half-knew-arrive-locked-in = Pikir: gerbang dikunci di belakang saya, dan paspor serta ponsel saya ada di laci. Saya tidak bisa pergi walaupun mau
    .feedback = Anda melihatnya dengan jelas. Tembok, penjaga, dan paspor serta ponsel yang diambil "untuk disimpan" menahan orang di dalam dan memutus mereka dari bantuan. Melihat itu adalah langkah pertama mencari cara aman untuk mengirim kabar keluar.
half-knew-arrive-grey-looks = Pikir: saya tahu ini abu-abu. Mungkin memang begini rupa pekerjaan abu-abu
    .feedback = Kata "abu-abu" dipilih supaya semua ini terasa seperti sesuatu yang Anda setujui. Anda setuju pada chat jualan, bukan pada gerbang terkunci dan penjaga. Tidak ada orang yang bisa menyetujui untuk ditahan.

half-knew-boss-knew = Kamu tahu kerja apa ini. Tidak ada yang menipumu. Kamu sendiri yang bilang ya.
    .discuss = Mengapa para bos terus mengulang "kamu tahu"? Apa akibatnya bagi orang yang mendengarnya?
half-knew-boss-debt = Bus, mobil, kamar, makan: kamu utang ${ $debt }. Tidak capai kuota, dendanya ditambah. Mau pergi? Bayar dulu. Bikin masalah, kujual kamu ke perusahaan lain.
half-knew-boss-police = Polisi? Mereka menangkap penipu. Sekarang kamu penipu.
half-knew-boss-my-fault = Pikir: dia benar. Saya tahu ini abu-abu. Saya sendiri yang cari masalah
    .feedback = Ini suara jebakannya, dan jebakan itu dibuat supaya terasa benar. Anda setuju pada pekerjaan yang kedengarannya tidak beres. Anda tidak pernah setuju pada gerbang terkunci, utang yang dikarang, atau dijual, dan tidak ada orang yang bisa menyetujui hal-hal itu. Tahu ada yang janggal tidak menjadikan Anda penjahat, dan tidak menjadikan ini kesalahan Anda.
half-knew-boss-not-this = Pikir: saya setuju chat jualan. Saya tidak pernah setuju pada tembok, utang, dan penjaga
    .feedback = Benar. Apa yang Anda setujui dan apa yang dilakukan kepada Anda adalah dua hal berbeda. Utang itu dikarang untuk menahan Anda, dan "kamu tahu" diucapkan supaya Anda malu dan diam. Orang yang dipaksa menipu adalah korban, apa pun yang mereka ketahui saat berangkat. Kuota dan dendanya ada supaya utang itu terus bertambah.
half-knew-boss-pay-off = Pikir: kerja keras, lunasi utang dalam beberapa bulan, lalu pulang
    .feedback = Berharap bisa keluar dengan bekerja itu wajar. Tetapi utang itu dikarang dan terus bertambah: denda, makan, "biaya". Utang itu dibuat supaya tidak pernah lunas, dan di belakangnya ada ancaman dijual. Setiap kuota yang tidak tercapai menambah denda, dan rasa takut akan hukuman itulah yang membuat orang terus bekerja.

half-knew-desk-script = Naskah di ponsel kerja: jadilah pedagang muda yang kaya, jadilah teman, lalu tunjukkan aplikasi kripto. Target Anda tiga "teman" baru sehari.
half-knew-desk-behind = Ini minggu kedua Anda dan Anda tertinggal. Ketua tim berhenti di meja Anda dan membaca layar Anda.
half-knew-desk-follow = Ikuti naskahnya. Tidak capai target berarti denda, atau lebih buruk
    .feedback = Anda melakukan apa yang dipaksakan kepada Anda, dengan utang dan ancaman di atas kepala. Itu bukan kesalahan Anda: PBB menyebut orang di posisi Anda korban, bukan penjahat, dan itu tidak berubah karena pekerjaannya pernah disebut abu-abu. Harganya nyata: seseorang yang jauh di sana makin terjerat.
half-knew-desk-slow = Tetap ramah di chat dan jangan pernah sampai ke aplikasi. Laporkan "belum ada kemajuan"
    .feedback = Berusaha sesedikit mungkin merugikan orang itu berani, dan ada harganya: denda di utang Anda dan mata ketua tim yang mengawasi. Apa pun yang Anda pilih di sini, Anda memilih di bawah ancaman.
half-knew-desk-refuse = Bilang kepada ketua tim bahwa Anda tidak mau melakukan ini. Anda datang untuk pemasaran
    .feedback = Menolak secara terang-terangan butuh keberanian. Harganya: denda, peringatan akan dijual, dan satu malam tanpa makan. Itu bukan kesalahan Anda, dan mengatakan yang benar bukan kekeliruan.

half-knew-afraid-phone = Malam itu, { $coworker }, yang tidur di ranjang atas, berbisik: "Aku punya ponsel. Disembunyikan. Dua menit, di kamar mandi."
    .discuss = Banyak orang di dalam percaya bahwa karena sudah tahu ada yang janggal, mereka tidak boleh minta tolong. Apa yang ingin Anda sampaikan kepada mereka?
half-knew-afraid-fear = "Tapi kamu mau menghubungi siapa? Kalau kita hubungi kedutaan, mereka tanya apa yang kita lakukan. Kita tahu ini abu-abu. Mungkin kita ikut ditangkap."
half-knew-afraid-we-are-victims = Balas berbisik: "Kita setuju kerja. Bukan setuju yang begini. Kita boleh minta tolong."
    .feedback = Itu kebenarannya, dan mengucapkannya membantu kalian berdua. Kedutaan membantu warga yang berangkat untuk pekerjaan yang mereka tahu tidak beres; yang penting bagi mereka adalah Anda ditahan dan dipaksa.
half-knew-afraid-just-phone = Tidak usah bahas itu. Terima ponselnya dan ucapkan terima kasih
    .feedback = { $coworker } juga ditahan, dan mengambil risiko demi Anda. Orang di dalam yang saling menolong adalah cara banyak kabar bisa keluar.
half-knew-afraid-no-one = Tolak. Mungkin { $coworker } benar: siapa yang mau menolong orang yang sudah tahu?
    .feedback = Rasa takut inilah tujuan kata-kata "kamu tahu": membuat orang diam. Itu tidak benar. Tahu sebuah pekerjaan abu-abu tidak menghapus hak Anda untuk ditolong, dan kedutaan menolong orang yang berada persis di posisi Anda.

half-knew-end-silent = Anda mengembalikan ponsel itu tanpa memakainya. Minggu demi minggu berlalu, dan utangnya terus bertambah. Untuk saat ini Anda masih di dalam. Anda bukan penjahat, dan Anda tidak kehilangan hak untuk ditolong saat bilang ya pada pekerjaan abu-abu: itulah yang ingin para bos Anda percayai. Ribuan orang telah dibebaskan setelah sebuah pesan sampai ke luar, dari mereka sendiri atau dari keluarganya. { $coworker } masih menyimpan ponsel itu.

half-knew-phone-bathroom = Kamar mandi. Sinyal satu garis. Dua menit.
half-knew-phone-who = Anda menulis kepada siapa?
half-knew-phone-local-police = Halaman kantor polisi setempat. Mereka dekat, dan bisa datang malam ini
    .feedback = Rasanya itu bantuan tercepat. Tetapi di dekat kompleks, polisi setempat bisa berhubungan dengan para bos, dan penyintas bercerita pesan mereka diteruskan kembali. Kedutaan Anda, hotline nasional, LSM tepercaya, atau keluarga Anda adalah langkah pertama yang lebih aman.
half-knew-phone-embassy = Saluran darurat kedutaan Anda, dari situs resminya: di mana Anda dan bahwa Anda ditahan
    .feedback = Kedutaan punya saluran darurat untuk warga yang dalam bahaya, dan bekerja sama dengan LSM tepercaya dan pihak berwenang. Mereka tidak bertanya apakah Anda layak ditolong.
half-knew-phone-consul-again = Nomor kedutaan yang Anda simpan sebelum berangkat. Mereka sudah punya nama Anda
    .feedback = Lapor diri sebelum berangkat itu langkah hati-hati, dan sekarang ada hasilnya: kedutaan tahu siapa Anda dan ke mana Anda bilang akan pergi.
half-knew-phone-relative = { $relative } Anda: di mana Anda, nama perusahaannya, dan "hubungi kedutaan"
    .feedback = Keluarga bisa menghubungi kedutaan dan hotline nasional untuk Anda, dan terus menghubungi. Nama tempat dan nama perusahaan memberi mereka sesuatu untuk ditindaklanjuti.
half-knew-phone-relative-knows = { $relative } Anda, yang sudah memegang kontrak, pelat nomor, dan alamatnya: "Ini sungguhan. Hubungi kedutaan."
    .feedback = Apa yang Anda tinggalkan pada keluarga sebelum berangkat sekarang bekerja: dalam satu panggilan mereka bisa memberi kedutaan semuanya.

half-knew-leaked-office = Dua hari kemudian, ketua tim memanggil Anda ke kantornya dan meletakkan pesan Anda untuk polisi di atas meja.
half-knew-leaked-shown = "Temanku di kantor polisi yang kirim. Lihat? Tidak ada yang menolong penipu." Dia bilang Anda "dipindahkan" ke perusahaan lain.

half-knew-embassy-reply-got = Pesan Anda sudah kami terima. Anda tidak dalam masalah. Kami sedang berupaya membantu Anda.
half-knew-embassy-reply-victim = Orang yang dipaksa bekerja di tempat-tempat ini adalah korban. Kami tidak bertanya mengapa Anda pergi.
half-knew-embassy-reply-pin = Kalau aman, kirim titik lokasi dan nama gedungnya.
half-knew-embassy-reply-send-now = Kirim titik lokasi sekarang, selagi penjaga di ujung lorong
    .feedback = Risiko nyata, diambil dengan cepat. Lokasi itulah yang membuat kedutaan dan pihak berwenang bisa bertindak.
half-knew-embassy-reply-tell-knew = Tulis dulu yang sebenarnya: "Saya tahu pekerjaan ini abu-abu. Apakah saya akan ditangkap?"
    .feedback = Banyak orang takut menanyakan ini. Menanyakannya kepada kedutaan, bukan kepada para bos, adalah cara mendapat jawaban yang benar.
half-knew-embassy-reply-wait-night = Hapus chat dan tunggu malam, saat lorong kosong
    .feedback = Menunggu saat yang lebih aman adalah pilihan yang masuk akal; penjaganya dekat. Apa yang terjadi sesudahnya bukan sesuatu yang bisa Anda ketahui.

half-knew-embassy-answers-knowing = Tahu sebuah pekerjaan abu-abu tidak berarti Anda setuju dikurung, diancam, atau dijual. Anda korban perdagangan orang, dan Anda akan diperlakukan sebagai korban.
half-knew-embassy-answers-pin = Sekarang, kalau aman: titik lokasi dan nama gedungnya.

half-knew-family-reply-got = Sudah kuterima. Aku sayang kamu. Jangan balas kalau tidak aman.
half-knew-family-reply-calling = Aku telepon kedutaan dan hotline sekarang.
half-knew-family-reply-ask = Mereka tanya: berapa orang, gedung yang mana?
half-knew-family-reply-send-others = Sekitar enam puluh di lantaiku, banyak negara, gedung abu-abu tinggi dekat gerbang
    .feedback = Jumlah orang dan nama gedung membuat beberapa kedutaan bisa bertindak bersama, dan orang sering dibebaskan berkelompok.
half-knew-family-reply-just-me = Tulis "cuma aku, harus pergi" lalu kembalikan ponselnya
    .feedback = Kabar tentang diri Anda sampai ke luar adalah yang paling penting, dan mengembalikan ponsel dengan cepat juga menjaga { $coworker } tetap aman.
half-knew-family-reply-what-i-did = Tulis: "Jangan marah. Aku tahu kerjanya abu-abu."
    .feedback = Rasa malu ikut masuk ke dalam kompleks bersama orang-orang, dan ikut keluar lagi. Keluarga yang mendengar kebenarannya biasanya jauh lebih peduli agar Anda pulang.

half-knew-family-answers-answer = Aku tidak peduli kerjanya disebut apa. Kamu keluargaku. Kirim nama gedungnya.

half-knew-transfer-dawn = Sebelum subuh, penjaga membangunkan selusin orang dari lantai Anda, termasuk Anda. "Perusahaan baru," kata ketua tim. "Utangmu ikut denganmu."
half-knew-transfer-vans = Dua mobil van menunggu di gerbang dengan jendela tertutup.
half-knew-transfer-memorise = Amati jalan lewat celah penutup, dan ingat setiap papan petunjuk
    .feedback = Diam-diam mengumpulkan apa yang bisa Anda kumpulkan adalah cara menjaga sedikit kendali. Itu dilakukan di bawah ancaman, dan tidak ada dari pemindahan ini yang merupakan kesalahan Anda.
half-knew-transfer-whisper-name = Bisikkan nama Anda dan kota keluarga Anda kepada { $coworker }, yang tetap tinggal
    .feedback = Itu risiko, diambil dengan penjaga di dekat Anda. Sebuah nama yang diteruskan bisa sampai ke kedutaan bahkan ketika Anda sendiri tidak bisa.
half-knew-transfer-head-down = Tundukkan kepala dan turuti perintah mereka
    .feedback = Menjaga diri seaman mungkin adalah pilihan nyata di bawah ancaman. Itu bukan menyerah, dan bukan kesalahan Anda.

## Endings

half-knew-end-rescued = Tiga minggu kemudian, nama-nama dibacakan di gerbang: kedutaan, sebuah LSM tepercaya, dan pihak berwenang bergerak bersama. Nama Anda salah satunya. Lalu ada hari-hari pemeriksaan dan pengurusan dokumen, dan rumah aman, sebelum perjalanan pulang. Tidak ada yang meminta Anda membuktikan bahwa Anda tidak tahu. Tahu sebuah pekerjaan abu-abu tidak pernah berarti setuju untuk ditahan, diancam, atau dijual, dan Anda diperlakukan sebagai korban perdagangan orang, karena memang itulah Anda. Utang itu tidak pernah nyata. Perekrut bisa menghubungi penyintas lagi: simpan nomor kedutaan baik-baik.

half-knew-end-group = Pesan Anda memberi kedutaan sebuah gedung dan sebuah jumlah. Beberapa kedutaan dan sebuah LSM bertindak bersama, dan beberapa minggu kemudian sekelompok besar orang dibebaskan, Anda salah satunya. Lalu ada pemeriksaan, menunggu dokumen, dan hak untuk diperlakukan sebagai korban, bukan penjahat. Sebagian orang yang dibebaskan bersama Anda tahu pekerjaannya tidak beres, sebagian tidak; itu tidak mengubah apa yang dilakukan kepada mereka, dan tidak mengubah hak mereka untuk pulang.

half-knew-end-moved = Anda berada di kompleks lain, di kota lain, dengan ketua tim baru dan utang yang sama. Tidak ada yang Anda lakukan yang menyebabkan ini: orang dipindahkan dan dijual setiap saat, kadang tepat ketika bantuan hampir tiba. Kabar apa pun tentang Anda yang sudah keluar, dari Anda, keluarga Anda, atau { $coworker }, masih ada di luar sana, dan orang-orang yang memegangnya terus bertanya. Orang yang dipindahkan seperti ini pernah ditemukan dan dibebaskan. Anda pernah setuju pada pekerjaan abu-abu; Anda tidak pernah setuju pada ini, dan Anda tetap korban, bukan penjahat.

## The catalogue's red flags, in this story's setting

half-knew-redflag-vague-role = "Pemasaran online, agak abu-abu"
    .explain = Perekrut yang mengaku pekerjaannya "agak abu-abu" terdengar jujur, dan membuat Anda merasa ikut dalam rahasia. Justru itu tujuannya: kata itu menyembunyikan pekerjaan yang sebenarnya, yaitu dikurung dan dipaksa, dan nanti dipakai untuk melawan Anda: "kamu tahu".
    .advice = Tanyakan secara tertulis apa persisnya pekerjaannya, siapa pemberi kerjanya, dan di mana. Pekerjaan yang tidak bisa Anda jelaskan adalah pekerjaan yang tidak bisa Anda periksa, dan pekerjaan abu-abu tidak memberi Anda kontrak, hukum, atau lembaga yang berpihak pada Anda.

half-knew-redflag-passport-handover = Paspor diambil di perbatasan
    .explain = Sopir yang "mengurus cap untukmu" menghemat waktu setelah perjalanan panjang. Tetapi begitu paspor lepas dari tangan Anda, dan mobil memutari pos pemeriksaan, tidak ada catatan bagaimana Anda masuk dan tidak ada yang bisa Anda pakai untuk keluar.
    .advice = Pegang paspor Anda sendiri dan menyeberanglah hanya di pos pemeriksaan resmi, tempat petugas mengecapnya di depan Anda. Kalau ada yang mengambilnya, beri tahu kedutaan dan keluarga di mana Anda berada segera setelah aman.

half-knew-redflag-informal-border = Memutari pos pemeriksaan
    .explain = "Lewat sini lebih cepat" terdengar seperti pengetahuan orang setempat, dan malam-malam, lelah, di mobil orang asing, sulit untuk membantah. Menyeberang di luar pos pemeriksaan tidak meninggalkan cap dan catatan, jadi sejak menit pertama Anda berada di negara itu secara ilegal, dan lebih mudah ditahan.
    .advice = Menyeberanglah hanya di pos pemeriksaan resmi, dengan paspor dicap di depan Anda. Kalau sopir berbelok, minta turun sebelum perbatasan, dan beri tahu keluarga dan kedutaan di mana Anda berada.

half-knew-redflag-debt-bondage = "Kamu tahu": utang dan rasa bersalah
    .explain = Utang yang dikarang untuk ongkos perjalanan dan kamar menahan orang di tempat, dan "kamu tahu kerja apa ini" membuat mereka diam. Keduanya bohong. Tahu sebuah pekerjaan abu-abu bukan persetujuan untuk ditahan, diancam, dipukul, atau dijual: menurut hukum internasional, persetujuan tidak berlaku begitu ada penipuan atau paksaan, dan PBB menyebut orang yang dipaksa menipu sebagai korban, bukan penjahat.
    .advice = Anda tidak berutang apa pun karena diperdagangkan. Kirim kabar ke kedutaan, hotline nasional, atau keluarga Anda, apa pun yang Anda ketahui saat berangkat. Kedutaan membantu warga yang tahu pekerjaannya tidak beres; yang penting adalah Anda ditahan.
