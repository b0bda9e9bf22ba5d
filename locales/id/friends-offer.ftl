# Machine-drafted translation: needs review by a native speaker.
friends-offer-title = Tawaran dari teman
friends-offer-summary = Seorang teman lama yang bekerja di luar negeri mengirimi Anda foto-foto hidupnya yang enak, dan menawarkan untuk mencarikan Anda pekerjaan juga.
friends-offer-content-note = Cerita ini menyinggung perdagangan orang dan orang-orang yang ditahan di luar kehendak mereka. Tidak ada adegan kekerasan. Anda bisa berhenti sejenak atau keluar kapan saja dengan q.

## Tokoh

friends-offer-character-friend = { $friend } ({ $bond } Anda)
friends-offer-character-site = Situs web { $company }
friends-offer-character-hr = { $hr }, HRD, { $company }
friends-offer-character-other = { $other }
friends-offer-character-hotline = Hotline lembaga pekerja migran

## Variabel

friends-offer-you-ramon = Ramon, kurir pengantar barang di Quezon City, Filipina
friends-offer-you-budi = Budi, pekerja bangunan di Bandung, Indonesia
friends-offer-you-tuan = Tuan, pekerja bangunan di Da Nang, Vietnam
friends-offer-you-kiran = Kiran, kurir pengantar barang di Kathmandu, Nepal
friends-offer-you-nuwan = Nuwan, pekerja bangunan di Kandy, Sri Lanka
friends-offer-you-rahul = Rahul, kurir pengantar barang di Hyderabad, India

friends-offer-friend-ace = Ace
friends-offer-friend-jay = Jay
friends-offer-friend-max = Max
friends-offer-friend-tiger = Tiger

friends-offer-bond-cousin = sepupu
friends-offer-bond-schoolfriend = teman sekolah lama

friends-offer-other-sunny = Sunny
friends-offer-other-lucky = Lucky
friends-offer-other-rocky = Rocky

friends-offer-city-bangkok = Bangkok
friends-offer-city-chiang-mai = Chiang Mai

friends-offer-company-sunrise = Sunrise Digital Group
friends-offer-company-gold-river = Gold River Trading
friends-offer-company-blue-ocean = Blue Ocean Tech

friends-offer-hr-cindy = Cindy
friends-offer-hr-grace = Grace
friends-offer-hr-may = May

friends-offer-real-job-japan-building = sebuah proyek bangunan di Jepang
friends-offer-real-job-malaysia-factory = sebuah pabrik di Malaysia
friends-offer-real-job-dubai-warehouse = sebuah gudang di Dubai

## Teman lama menghubungi

friends-offer-start = Anda adalah { $you }. Hari-hari terasa panjang, gajinya kecil, dan sebagian besar Anda kirim ke keluarga. Suatu malam HP Anda menyala: { $bond } Anda, { $friend }. Sudah dua tahun kalian tidak mengobrol. Kata semua orang, sekarang dia "kerja di luar negeri", dan hidupnya sukses.
    .discuss = Bagaimana orang-orang dalam cerita ini mendengar tentang pekerjaan di luar negeri? Cara mana yang bisa diperiksa, dan mana yang tidak?

friends-offer-photos-hey = Bro!! Lama nggak ketemu! Apa kabar?
    .discuss = Kenapa tawaran dari orang yang kita kenal terasa lebih aman daripada dari orang asing?
friends-offer-photos-photo = (Foto: { $friend } di kolam renang di atap gedung pada malam hari, lampu-lampu kota di belakangnya, HP baru di tangannya.)
friends-offer-photos-life = Hidup di { $city } enak, bro. ${ $salary } sebulan, kamar gratis. Kerja kantoran, ada AC-nya!
friends-offer-photos-offer = Perusahaanku lagi butuh orang. Aku udah cerita soal kamu ke bosku. Kamu mau? Aku bisa bantu.
friends-offer-photos-sounds-great = "Mau! Kalau kamu bilang bagus, aku percaya. Gimana caranya gabung?"
    .feedback = Tawaran dari orang yang Anda kenal terasa aman, dan justru karena itulah perekrut memakai teman dan keluarga. Teman Anda mungkin memang percaya pada tawaran itu, atau mungkin dia sendiri sedang ditekan. Omongannya bukan pemeriksaan.
friends-offer-photos-ask-proof = Ikut senang untuknya, dan tanyakan nama perusahaannya supaya Anda bisa memeriksanya sendiri
    .feedback = Anda bisa tetap percaya pada teman Anda dan tetap memeriksa pekerjaannya. Perekrut memakai teman karena rasa percaya membuat orang tidak bertanya. Pekerjaan yang asli akan tetap ada setelah Anda memeriksanya.

friends-offer-details-company = Perusahaannya { $company }. Customer service untuk toko online. Gampang, cuma chat sama pelanggan.
friends-offer-details-training = Nggak ada pengalaman nggak masalah, semuanya diajarin. Bahasa Inggrisku dulu juga jelek!
friends-offer-details-site = Lihat situs webnya, profesional banget. Aku kirim link-nya.
friends-offer-details-hr = Nanti mbak HRD-nya, { $hr }, yang kirim pesan ke kamu. Orangnya baik banget.

friends-offer-website = "Masa depan Anda dimulai di sini." Foto-foto kantor berdinding kaca dan staf muda yang tersenyum. "Perusahaan terdaftar, No. Reg. TH-2019-004417." Penanda peta di { $city }. Penghargaan, video pesta kantor, dan sebuah tombol: "Lamar sekarang! 200 lowongan bulan ini."
    .discuss = Apa yang ada di halaman ini yang bisa Anda periksa sendiri, dan bagaimana caranya?
friends-offer-website-looks-real = Kelihatannya profesional, dan ada nomor registrasinya. Pasti asli.
    .feedback = Situs web, foto, dan nomor registrasi bisa dibuat atau disalin dalam satu sore, kadang memakai nomor perusahaan yang asli. Tampilan yang bagus bukan bukti. Hanya daftar resmi yang Anda temukan sendiri yang bisa memberi tahu siapa yang boleh merekrut pekerja dari negara Anda.
friends-offer-website-check-it = Siapa saja bisa membuat situs web. Telepon lembaga pekerja migran di negara Anda dan tanyakan tentang perusahaan itu
    .feedback = Benar. Periksa lewat jalur resmi yang Anda temukan sendiri, bukan lewat tautan atau nomor yang mereka kirim. Penipu meniru perusahaan yang asli, jadi orang yang hati-hati dan berpendidikan pun bisa tertipu.

## Mbak HRD yang ramah

friends-offer-hr-chat-hello = Halo! Saya { $hr } dari HRD. { $friend } sudah banyak cerita hal baik tentang kamu.
friends-offer-hr-chat-patient = Kalau ada pertanyaan, tanya saja kapan pun. Tidak usah buru-buru, ya?
friends-offer-hr-chat-interview = Wawancaranya gampang, di sini saja lewat chat. Ceritakan tentang diri kamu, lalu tes mengetik sebentar.
friends-offer-hr-chat-test = Tolong ketik ini dan kirim: "Halo sayang, bagaimana harimu? Aku senang sekali bisa mengobrol denganmu."
friends-offer-hr-chat-do-test = Jawab pertanyaannya dan ikuti tes mengetik
    .feedback = Chat dan tes mengetik bukan wawancara sungguhan. Itu hanya memeriksa apakah Anda bisa chat dan mengetik dalam bahasa Inggris, keterampilan yang dibutuhkan kompleks penipuan. Perhatikan kalimat yang diminta untuk Anda ketik.
friends-offer-hr-chat-ask-call = "Boleh saya video call dengan manajernya, dan membaca kontraknya dulu?"
    .feedback = Pemberi kerja yang asli mau berbicara dengan Anda secara tatap muka dan menunjukkan kontraknya. "Wawancara" yang hanya lewat chat menyembunyikan pemberi kerjanya. Panggilan video membantu, tetapi bisa dipalsukan, jadi periksa juga pemberi kerja lewat saluran resmi.

friends-offer-hr-dodge-sure = Tentu, saya mengerti. Bagus kamu hati-hati!
friends-offer-hr-dodge-later = Manajernya sedang di cabang lain. Nanti dia telepon kamu setelah prosesnya selesai. Kontraknya kamu tanda tangan waktu sampai, sama seperti semua staf kami.
friends-offer-hr-dodge-proof = Kamu sudah lihat situs web dan nomor registrasi kami, kan? Teman kamu juga senang di sini. Kamu bisa percaya sama kami.
friends-offer-hr-dodge-fine = "Oke. Maaf ya, banyak tanya." Ikuti tesnya.
    .feedback = Ramah dan sabar, tetapi tetap tidak ada kontrak dan tidak ada manajer. Bersikap baik tidak merugikan mereka sedikit pun. "Tanda tangan waktu sampai" berarti menandatangani jauh dari rumah, saat Anda sudah tidak bisa menolak.
friends-offer-hr-dodge-check = "Saya akan menunggu kontrak tertulis, dan memeriksanya ke lembaga pekerja migran di negara saya."
    .feedback = Bagus. Jangan pernah setuju berangkat tanpa kontrak tertulis yang menyebut pemberi kerja, pekerjaan, tempat, dan gajinya. Tawaran yang asli bisa menunggu selagi Anda memeriksa.

friends-offer-fee-passed = Selamat, kamu lulus!
    .discuss = Kenapa biayanya muncul tepat setelah kabar baik? Bagaimana membayar mengubah apa yang berani dilakukan seseorang setelahnya?
friends-offer-fee-fee = Untuk visa dan tiket ada biaya proses: ${ $fee }. Nanti kami kembalikan dari gaji pertama kamu.
friends-offer-fee-friday = Tolong kirim paling lambat hari Jumat, supaya kami bisa pesan kursinya. Ini nomor rekeningnya.
friends-offer-fee-pay = Pinjam uang dan kirim. Nanti uangnya kembali dari gaji pertama.
    .feedback = Begitu Anda sudah membayar, mundur berarti kehilangan uang itu, jadi Anda terus maju. Pekerjaan asli di luar negeri hanya memungut biaya yang diizinkan hukum, dengan kuitansi resmi, dan tidak pernah ke rekening pribadi seseorang.
friends-offer-fee-refuse = "Pemberi kerja yang asli tidak menyuruh saya membayar supaya diterima. Saya tidak akan bayar."
    .feedback = Benar. "Biaya proses" di muka yang dikirim ke rekening pribadi adalah tanda bahaya. Tanyakan ke lembaga pekerja migran biaya apa saja yang sah, dan bayar hanya dengan kuitansi resmi.

friends-offer-friend-push-heard = Bro, kata { $hr } kamu nggak mau bayar?
friends-offer-friend-push-paid = Aku juga bayar waktu datang ke sini. Cepat kok balik uangnya, aku janji.
friends-offer-friend-push-half = Gini deh, aku bayarin setengah. Tolong jangan bikin aku malu di depan bosku.
friends-offer-friend-push-accept = Terima. Dia mau membayar setengahnya untuk Anda. Bagaimana bisa menolak?
    .feedback = Sulit menolak orang yang baik kepada Anda, dan mungkin dia memang tulus. Tetapi omongan dan uangnya tidak membuat pekerjaan itu menjadi asli. Mungkin dia sendiri ditekan oleh orang-orang yang sama.
friends-offer-friend-push-ask-other = Sebelum menjawab, tanyakan pendapat teman Anda { $other }, yang bekerja di luar negeri secara resmi
    .feedback = Ide bagus. Orang yang berangkat ke luar negeri lewat agen berizin tahu seperti apa proses yang asli. Percaya pada teman itu wajar; memeriksa omongannya lebih bijak.
friends-offer-friend-push-say-no = "Makasih, bro, tapi aku nggak bisa. Mungkin lain kali."
    .feedback = Menolak dengan baik sudah cukup. Anda tidak perlu membuktikan bahwa pekerjaan itu palsu untuk tetap tinggal di rumah.

## Tempat kerjanya pindah, dan desakan

friends-offer-location-ticket = Kabar baik! Penerbangan kamu ke Thailand sudah dipesan.
    .discuss = Apa yang akan Anda lakukan kalau tempat kerjanya berubah setelah Anda setuju?
friends-offer-location-driver = Di bandara, sopir kami akan mengantar kamu ke cabang baru kami di Mae Sot, dekat perbatasan.
friends-offer-location-river = Sebenarnya kantornya tepat di seberang sungai, di sisi Myawaddy. Perusahaannya sama, gajinya sama. Tidak usah khawatir.
friends-offer-location-fine = "Oke. Thailand atau Myanmar, kerja ya kerja."
    .feedback = Pekerjaannya pindah dari { $city } ke Myawaddy, di Myanmar, setelah Anda setuju. Myawaddy dikenal sebagai tempat kompleks penipuan. Pemberi kerja yang asli tidak mengganti negara di menit-menit terakhir.
friends-offer-location-ask-friend = "Tunggu. Katamu di { $city }. Myawaddy itu di Myanmar." Tanyakan kepada { $friend } apa yang sebenarnya terjadi.
    .feedback = Anda menyadarinya: pekerjaannya pindah negara setelah Anda setuju. Myawaddy, di seberang sungai dari Mae Sot, dikenal sebagai tempat kompleks penipuan. Kalau tempatnya berubah, berhenti dan periksa lagi.

friends-offer-pressure-hour = Kursi kamu sudah siap: pesawatnya besok pagi. Konfirmasi dalam satu jam, kalau tidak kursinya untuk orang berikutnya.
friends-offer-pressure-contract = Kontraknya kamu tanda tangan di kantor. Semuanya sama seperti yang kami bilang.
friends-offer-pressure-quiet = Dan jangan cerita ke banyak orang. Ada orang yang iri lalu bikin masalah.
friends-offer-pressure-go = Konfirmasi, lalu kemasi tas Anda.
    .feedback = Satu jam untuk memutuskan, tanpa kontrak tertulis, dan "jangan cerita ke siapa-siapa": masing-masing membuat Anda tidak sempat memeriksa atau meminta saran. Cara ini paling ampuh setelah Anda membayar atau berjanji.
friends-offer-pressure-wait = "Tidak tanpa kontrak tertulis." Lalu kirim pesan ke { $friend } dan tanyakan apa yang sebenarnya terjadi.
    .feedback = Anda menolak diburu-buru. Tawaran yang asli tetap ada setelah sehari diperiksa, dan disertai kontrak tertulis. Disuruh merahasiakannya adalah tanda bahaya lain.
friends-offer-pressure-call-other = Telepon { $other } lagi sebelum menjawab
    .feedback = Memberi tahu orang yang Anda percaya adalah salah satu perlindungan terbaik. Desakan, kontrak yang tidak ada, dan kerahasiaan itu kebalikan dari cara { $other } mendapatkan pekerjaannya.

## Teman yang keceplosan, dan yang sebenarnya

friends-offer-ask-friend-late = (03.12) Bro tolong. Datang aja.
    .discuss = Apa yang Anda perhatikan dalam pesan-pesan ini? Apa yang mungkin sedang terjadi padanya?
friends-offer-ask-friend-slip = Kalau aku bawa dua orang lagi, kata mereka aku boleh
friends-offer-ask-friend-deleted = Pesan ini telah dihapus.
friends-offer-ask-friend-again = Maaf. Semuanya baik-baik aja di sini. Besok datang ya?
friends-offer-ask-friend-gently = Tanyakan dengan lembut: "Kamu baik-baik saja? Kamu bisa pergi dari situ kalau mau?"
    .feedback = Pertanyaan yang tenang dan penuh perhatian, tanpa menyalahkan, paling mungkin mendapat jawaban yang jujur.
friends-offer-ask-friend-block = Blokir dia. Anda tidak akan berangkat.
    .feedback = Melindungi diri sendiri itu benar. Tetapi lihat lagi: jam berapa pesannya dikirim, pesan yang terputus, baris yang dihapus. Orang yang ditahan di kompleks penipuan sering dipaksa merekrut teman dan keluarga. Mungkin dia juga korban.
friends-offer-ask-friend-block-report = Blokir dia, dan laporkan { $hr } serta biaya yang sudah Anda bayar ke lembaga pekerja migran
    .feedback = Melaporkan biaya itu membantu menghentikan para perekrut, dan Anda membayarnya bukan karena salah Anda. Tetapi lihat lagi pesan-pesan { $friend }: orang yang ditahan di kompleks penipuan sering dipaksa merekrut. Mungkin dia juga korban.

friends-offer-truth-quick = Nggak bisa lama. HP kami diperiksa.
friends-offer-truth-passport = Pasporku diambil waktu aku datang. Kata mereka aku utang biaya perjalanan.
friends-offer-truth-recruit = Kami dipaksa bawa orang baru. Maaf. Aku nggak mau sebenarnya.
friends-offer-truth-mother = Jangan datang. Tolong kasih tahu ibuku.
friends-offer-truth-embassy = Telepon kedutaan negara Anda dan hotline nasional antiperdagangan orang, dan beri tahu keluarganya
    .feedback = Mereka orang-orang yang tepat: kedutaan, hotline nasional, lembaga bantuan tepercaya, dan keluarganya. Beri tahu di mana dia berada, nomornya, dan nama perusahaannya. Semua ini bukan salahnya: dia korban perdagangan orang dan dipaksa merekrut.
friends-offer-truth-post = Unggah pesan-pesannya ke Facebook, untuk membongkar perusahaan itu dan memperingatkan semua orang
    .feedback = Keinginan memperingatkan orang lain itu baik. Tetapi unggahan publik bisa dilihat para bos dan membahayakannya. Kirim rinciannya diam-diam ke kedutaan atau hotline dulu.

friends-offer-careful = Anda mulai menulis unggahan, lalu berhenti dan menelepon hotline nasional antiperdagangan orang dulu. Perempuan yang menjawab meminta Anda untuk tidak mengunggahnya: kalau para bos melihatnya, { $friend } bisa dihukum. Ia mencatat lokasinya, nomornya, dan nama perusahaannya, lalu meneruskannya ke kedutaan. "Anda sudah benar menelepon," katanya.

## Teman yang lain, lembaga pekerja migran, dan pekerjaan yang asli

friends-offer-advice-careful = Hai! Bagus kamu tanya aku dulu. Hati-hati, sekarang banyak lowongan palsu.
friends-offer-advice-mine = Aku kerja di { $real-job }. Aku dapat kerjaan ini lewat agen berizin, dan aku cek agennya di daftar pemerintah sebelum bayar apa pun.
friends-offer-advice-contract = Aku wawancara lewat video dengan pemberi kerjanya, dapat kontrak tertulis dan visa kerja sebelum terbang. Gajinya biasa aja, nggak gila-gilaan, tapi nyata.
friends-offer-advice-hiring = Perusahaanku lagi butuh pekerja lagi, lewat agen yang sama. Mau rinciannya? Tapi cek juga, dengan cara yang sama.
friends-offer-advice-check-job = Periksa agen dan pekerjaan { $other } ke lembaga pekerja migran
    .feedback = Pemeriksaan yang sama untuk setiap tawaran, bahkan dari teman yang Anda percaya. Begitulah cara menemukan yang baik.
friends-offer-advice-check-both = Minta { $other } membantu Anda memeriksa tawaran { $friend } dulu
    .feedback = Teman yang tahu jalur resmi bisa membantu Anda menanyakan hal-hal yang tepat.
friends-offer-advice-thanks = Berterima kasih kepada { $other }. Anda belum siap berangkat ke luar negeri.
    .feedback = Itu hak Anda. Kalau sudah siap, Anda tahu cara memeriksa tawaran: izin agennya, nama pemberi kerja yang jelas, kontrak, visa kerja.

friends-offer-agency-check = Anda menelepon hotline lembaga pemerintah untuk pekerja yang berangkat ke luar negeri. { $company } tidak punya izin untuk merekrut pekerja dari negara Anda, dan tidak ada pekerjaan seperti ini yang disetujui. "Tawaran seperti ini, untuk Thailand, sering berakhir di seberang perbatasan di Myanmar, di kompleks penipuan," kata petugasnya. "Apakah Anda kenal seseorang yang sudah berangkat?"
    .discuss = Bagaimana Anda bisa menemukan lembaga untuk pekerja yang berangkat ke luar negeri di negara Anda sendiri?
friends-offer-agency-check-ask-friend-ok = Ingat { $friend }. Kirim pesan dan tanyakan bagaimana keadaannya yang sebenarnya.
friends-offer-agency-check-ask-other = Tanyakan pendapat { $other }, yang bekerja di luar negeri secara resmi
friends-offer-agency-check-other-job = Minta petugas memeriksa agen dan pekerjaan { $other } juga
friends-offer-agency-check-walk-away = Tolak tawaran { $friend }, dan cukup sampai di situ

friends-offer-genuine-check = Petugas memeriksa agen { $other }: berizin, dan ada di daftar pemerintah. Pekerjaan di { $real-job } sudah disetujui, dengan nama pemberi kerja yang jelas, kontrak tertulis, visa kerja, dan hanya biaya yang sah, dengan kuitansi resmi. Gajinya wajar untuk pekerjaan itu. "Yang ini asli," katanya.
friends-offer-genuine-check-apply = Lamar pekerjaan itu lewat agen { $other }
    .feedback = Tawaran { $friend } adalah gaji tinggi untuk pekerjaan gampang tanpa pengalaman: itulah umpannya. Pekerjaan ini membayar upah yang wajar untuk pekerjaan yang nyata, dan setiap bagiannya terbukti benar.
friends-offer-genuine-check-friend-instead = Tawaran { $friend } terdengar lebih enak: kerja kantoran yang gampang, ber-AC, ${ $salary } sebulan. Pilih tawarannya.
    .feedback = Gaji tinggi untuk pekerjaan gampang tanpa pengalaman adalah umpannya, dan umpan itu paling kuat menarik saat uang sedang sulit. Pekerjaan { $other } lebih berat, tetapi punya semua yang tidak dimiliki tawaran satunya: agen berizin, kontrak, dan visa kerja.
friends-offer-genuine-check-worry-friend = Sebelum apa pun, kirim pesan ke { $friend } dan tanyakan dengan lembut bagaimana keadaannya yang sebenarnya

## Akhir cerita

friends-offer-end-walk-away = Anda tetap di rumah. Tidak mudah menolak { $friend }, atau gaji sebesar itu. Seminggu kemudian, akun { $hr } sudah hilang. Anda masih memikirkan { $friend }. Kalau dia menulis lagi, Anda tahu siapa yang bisa menolongnya: kedutaan negara Anda, hotline nasional, keluarganya.
friends-offer-end-trafficked = Anda terbang ke Thailand. Seorang sopir membawa Anda ke Mae Sot dan, pada malam hari, menyeberangi sungai ke Myawaddy. Di gerbang sebuah kompleks bertembok, paspor dan HP Anda diambil "untuk disimpan". Inilah rencana para penjahat: bukan salah Anda, dan bukan salah { $friend }. Orang memang bisa keluar, dengan bantuan kedutaan, hotline, dan keluarga.
friends-offer-end-helped = Kedutaan meneruskan nama dan lokasi { $friend } kepada orang-orang yang berupaya mengeluarkan warga negaranya. Butuh berminggu-minggu. Lalu ibunya menelepon Anda: dia sudah keluar, di sebuah rumah aman, menunggu dokumen untuk terbang pulang. "Mereka memperlakukannya sebagai korban, bukan penjahat," katanya. "Karena memang itulah dia."
friends-offer-end-genuine = Anda melamar lewat agen { $other }. Wawancaranya lewat video call dengan pemberi kerja yang asli, kontraknya tertulis, dan visa kerjanya keluar sebelum penerbangan. Sekarang Anda bekerja di { $real-job }. Pekerjaannya berat dengan upah yang jujur, dan keluarga Anda tahu persis di mana Anda berada.
