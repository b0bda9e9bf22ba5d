# Machine-drafted translation: needs review by a native speaker.
task-job-title = Kerja tugas
task-job-summary = Kamu berumur sembilan belas tahun dan menabung untuk kuliah. Sebuah video menawarkan uang untuk menyukai video di ponsel, dan bayaran pertama benar-benar masuk.

## Characters

task-job-character-poster = EasyWork_TH
task-job-character-friend = { $friend }
task-job-character-mentor = { $mentor }, mentor kamu di { $app }
task-job-character-platform = { $app }
task-job-character-company = { $firm }, bagian SDM
task-job-character-cousin = { $cousin }, sepupumu yang bekerja di bank
task-job-character-board = Kantor tenaga kerja provinsi: papan lowongan
task-job-character-owner = Bibi { $owner }, di toko buah kering
task-job-character-mother = Ibumu

## Variables

task-job-town-khon-kaen = Khon Kaen
task-job-town-udon-thani = Udon Thani
task-job-town-korat = Korat
task-job-town-chiang-rai = Chiang Rai
task-job-friend-fon = Fon
task-job-friend-mint = Mint
task-job-friend-bee = Bee
task-job-mentor-amy = Amy
task-job-mentor-jenny = Jenny
task-job-mentor-lisa = Lisa
task-job-cousin-nat = Nat
task-job-cousin-pim = Pim
task-job-owner-noi = Noi
task-job-owner-dao = Dao
task-job-app-boostly = Boostly
task-job-app-ratestar = RateStar
task-job-app-clickmall = ClickMall
task-job-firm-siam-digital = Siam Digital Media Co., Ltd.
task-job-firm-northstar = Northstar Marketing Co., Ltd.
task-job-firm-bluewave = Bluewave Online Co., Ltd.

## The advert

task-job-start = Kamu berumur sembilan belas tahun dan tinggal bersama ibumu di { $town }, Thailand. Kamu lulus SMA tahun lalu, bekerja di warung mi setiap akhir pekan, dan menabung untuk kursus yang dimulai semester depan. Uangmu masih kurang. Suatu malam, sebuah video muncul di TikTok.

task-job-ad = Kerja paruh waktu dari ponsel! Sukai video dan beri nilai toko, 10 menit satu set, { $pay } baht satu set, dibayar hari itu juga. Tanpa pengalaman, tanpa biaya. Kirim pesan untuk mulai malam ini.
    .discuss = Apa di unggahan ini yang membuatmu ingin mencoba? Apa yang ingin kamu ketahui dulu?
task-job-ad-message = Kirim pesan. Mencoba satu set tidak ada ruginya.
    .feedback = Pekerjaan dari video atau pesan tak terduga tidak bisa diperiksa: tidak ada perusahaan, tidak ada alamat, tidak ada yang bisa dimintai tanggung jawab. Kebanyakan kerja tugas dimulai persis seperti ini.
task-job-ad-ask-friend = Tanya { $friend } dulu: minggu lalu dia membagikan unggahan seperti ini
    .feedback = Bertanya kepada orang yang kamu kenal adalah naluri yang baik. Dengarkan apa yang sudah dia lihat, lalu periksa sendiri juga.
task-job-ad-read-comments = Baca komentarnya sebelum memutuskan
    .feedback = Ratusan komentar "Sudah dibayar, terima kasih!" terasa seperti bukti. Komentar itu bisa ditulis oleh orang-orang yang sama yang membuat unggahan, jadi tidak menunjukkan apa pun yang bisa kamu periksa.
task-job-ad-job-board = Lihat papan lowongan kantor tenaga kerja provinsi saja
    .feedback = Papan lowongan dari kantor pemerintah memuat pemberi kerja dengan nama dan alamat. Bayarannya lebih rendah, dan itu kerugian yang nyata: itu juga sebabnya video tadi begitu menggoda.

task-job-friend-did-it = Aku sudah coba! Tiga set hari Minggu, gampang banget.
    .discuss = { $friend } jujur tentang apa yang dia lihat. Apa yang belum dia lihat?
task-job-friend-paid = { $pay } baht masuk ke rekeningku setelah sepuluh menit. Lihat, ini tangkapan layarnya.
task-job-friend-code = Pakai kode undanganku, kita berdua dapat bonus!
task-job-friend-use-code = Pakai kodenya. Dia kan sudah dibayar.
    .feedback = Teman yang benar-benar dibayar adalah bukti paling kuat, makanya pekerjaan ini membayar set-set pertama dan memberi bonus undangan. Temanmu tidak berbohong: dia hanya belum sampai ke tahap mereka meminta uang.
task-job-friend-ask-pay-in = "Pernah disuruh memasukkan uang?"
    .feedback = Pertanyaan bagus. { $friend } bilang "belum, tapi ada level VIP yang tidak aku perlukan". Itulah bagian yang perlu diwaspadai: pekerjaan membayarmu, tidak pernah memintamu membayar.
task-job-friend-job-board = Berterima kasih padanya, lalu lihat papan lowongan dulu
    .feedback = { $friend } agak kecewa kamu tidak memakai kodenya. Memeriksa tetap wajar: pekerjaan yang nyata masih ada minggu depan.

## The mentor

task-job-chat-hello = Selamat datang! Aku { $mentor }, mentor kamu di { $app }.
    .discuss = Mentornya ramah, cepat, dan sabar. Mengapa hal itu membuat tawaran terasa lebih aman?
task-job-chat-work = Kami membantu toko daring dan aplikasi mendapat nilai yang lebih baik. Kamu menyukai video dan menilai produk, 30 tugas satu set. Komisi dibayar ke rekening bankmu.
task-job-chat-details = Untuk mulai, aku hanya perlu nama, umur, dan nomor rekening bank untuk gajimu. Tentu tanpa kata sandi!
task-job-chat-send-details = Kirim nama dan nomor rekening. Semua pekerjaan butuh itu untuk gaji.
    .feedback = Pemberi kerja yang nyata juga butuh rekening untuk gajimu, jadi ini terasa wajar. Tapi kamu masih belum tahu siapa mereka: tidak ada nama perusahaan, tidak ada alamat, tidak ada yang bisa dicari.
task-job-chat-ask-company = "Ini perusahaan apa? Boleh minta nama dan alamatnya?"
    .feedback = Benar: pemberi kerja tanpa nama tidak bisa diperiksa. Perhatikan jawabannya, karena nama bisa dipinjam.
task-job-chat-ask-why = "Kenapa perusahaan membayar untuk like? Apa itu pekerjaan sungguhan?"
    .feedback = Pertanyaan yang wajar. Sepuluh menit mengetuk layar untuk { $pay } baht lebih dari bayaran warung mi dalam satu jam. Uang semudah itu adalah umpan.

task-job-why-normal = Haha, semua orang bertanya begitu! Sekarang itu pemasaran biasa. Toko butuh ulasan supaya terlihat.
task-job-why-shops = Merek-merek besar semua melakukannya. Kamu cuma membantu algoritma.
task-job-why-fair-enough = Masuk akal. Mulai set pertama.
    .feedback = Kedengarannya seperti pekerjaan modern, dan karena itu berhasil. Tapi like dan nilai yang dibeli dari orang asing bukan pekerjaan sungguhan, dan perusahaan yang merekrut dengan cara ini tidak bisa diperiksa.
task-job-why-ask-company = "Oke. Apa nama dan alamat perusahaannya?"
    .feedback = Bagus: nama memberimu sesuatu untuk diperiksa. Periksa sendiri, bukan lewat tautan yang mereka kirim.
task-job-why-leave = Tolak dengan sopan, dan cari pekerjaan lain
    .feedback = Kamu meninggalkan obrolan yang baik padamu dan menjanjikan uang mudah. Itu tidak mudah, dan kamu kehilangan kesempatan mendapat { $pay } baht dengan cepat.

## The company name

task-job-company-name = Tentu! { $app } dijalankan oleh { $firm }: ini nomor registrasi dan situs web kami.
task-job-company-papers = Aku juga bisa kirim kontrak kerja, lengkap dengan logo dan cap.
task-job-company-looks-real = Situsnya asli dan perusahaannya ada. Lanjut.
    .feedback = Perusahaannya nyata, tetapi mungkin tidak ada hubungannya dengan obrolan ini: penipuan kerja tugas sering meminjam nama bisnis atau agen perekrutan yang nyata. Situs web, nomor, dan cap mudah ditiru.
task-job-company-call-company = Cari sendiri nomor telepon perusahaan dan hubungi kantornya
    .feedback = Inilah pemeriksaan yang berhasil: nomor yang kamu temukan sendiri, bukan dari obrolan. Butuh satu pagi menunggu di telepon sampai ada yang menjawab.
task-job-company-video = Minta { $mentor } panggilan video singkat dulu
    .feedback = Panggilan video adalah ujian yang wajar, dan kali ini lolos. Tapi wajah dalam panggilan hanya membuktikan ada orang di sana: orang itu bisa dibayar, atau dipaksa, untuk tersenyum. Aturan yang selalu berlaku: pekerjaan tidak pernah memintamu memasukkan uang.

task-job-video-face = Seorang perempuan muda dengan headset tersenyum dan melambai. Di belakangnya, kantor dengan banyak meja.
task-job-video-office = Dia berkata: "Lihat? Kantor sungguhan! Selamat bergabung dengan tim." Panggilannya berlangsung dua menit.

task-job-real-not-us = { $firm }? Kami tidak punya aplikasi bernama { $app }, dan kami tidak merekrut lewat Telegram.
task-job-real-others = Kamu orang ketiga minggu ini. Tolong laporkan akun itu.
task-job-real-report-warn = Laporkan akun itu ke layanan aduan penipuan polisi, dan ceritakan kepada { $friend } apa yang kamu temukan
    .feedback = Laporan membantu polisi menghubungkan kasus-kasus. Memberi tahu { $friend } mungkin tidak mudah: dia sudah dibayar dan mungkin tidak mau mendengarnya.
task-job-real-block = Blokir obrolannya dan selesai
    .feedback = Kamu tidak kehilangan apa pun. Laporan akan membantu orang lain, dan kamu masih bisa membuatnya.
task-job-real-collect-first = Kerjakan beberapa set saja untuk mengambil bayarannya. Kamu akan berhenti sebelum mereka minta uang.
    .feedback = Mengambil uang mereka lalu berhenti terasa aman. Tapi bayaran itu umpan, dan datang dari rekening yang dikuasai kelompok itu: hal itu sendiri bisa menimbulkan masalah.

## The tasks

task-job-tasks-set = Set selesai: 30 dari 30 tugas. Komisi ditambahkan.
    .discuss = Aplikasi menunjukkan saldo yang terus naik. Apa yang dibuktikan angka itu?
task-job-tasks-balance = Saldomu: { $pay } baht. Level 1. Level 2 membuka komisi lebih tinggi.
task-job-tasks-paid = Kamu mengetuk "tarik". Lima menit kemudian, { $pay } baht masuk ke rekeningmu, dikirim dari rekening pribadi atas nama orang yang tidak kamu kenal.
task-job-tasks-next-set = Ternyata berhasil. Kerjakan set berikutnya.
    .feedback = Bayaran pertama memang nyata, dan itulah rencananya: bayaran kecil membuat pekerjaan terasa terbukti, sehingga permintaan yang datang kemudian terasa aman.
task-job-tasks-ask-cousin = Tanya sepupumu { $cousin }, yang bekerja di bank, apakah ini wajar
    .feedback = Bertanya kepada orang yang paham uang adalah langkah yang baik. Harganya sedikit gengsi: { $cousin } akan menggodamu soal "klik dapat duit".
task-job-tasks-stop-now = Simpan { $pay } baht itu dan berhenti di sini
    .feedback = Berhenti saat untung terasa seperti mengalahkan mereka dengan permainan mereka sendiri. Kamu tidak memasukkan uang sepeser pun. Tapi bayaran yang kamu terima datang dari rekening kelompok itu.

task-job-cousin-account = Dibayar dari rekening pribadi orang asing? Perusahaan sungguhan membayar dari rekening perusahaan.
task-job-cousin-rule = Dan dengar: kalau mereka pernah memintamu memasukkan uang, itu penipuan. Selalu.
task-job-cousin-stop = Berhenti, dan bilang ke mentor kamu sudah selesai
    .feedback = Kamu memercayai orang yang tahu bagaimana uang bergerak. Bayaran itu umpan, dan rekening orang asing itu adalah tanda.
task-job-cousin-one-more = Satu hari lagi, lalu berhenti
    .feedback = Satu hari lagi selalu terasa aman, karena setiap hari ada bayaran. Permintaan uang datang saat kamu paling percaya pada pekerjaan itu.

## The set that needs money

task-job-group-lucky = Selamat! Hari ini kamu dapat tugas merchant. Komisi 30%!
    .discuss = Menurutmu mengapa permintaan uang baru datang sekarang, setelah berhari-hari dibayar?
task-job-group-prepaid = Ini tugas prabayar: isi saldo { $deposit } baht dulu, dan uangnya kembali bersama komisi saat set selesai.
task-job-group-others = Di grup tim, orang-orang mengunggah tangkapan layar: "Selesai! Kembali semua plus 30%!"
task-job-group-timer = Tugas berakhir dalam 30 menit.
task-job-group-top-up = Isi saldo { $deposit } baht. Nanti malam kembali.
    .feedback = Inilah titik balik setiap penipuan kerja tugas: kamu membayar untuk "membuka" set berikutnya. Pekerjaan membayarmu; tidak pernah memintamu membayar. Tangkapan layar yang gembira itu diunggah oleh tim mereka.
task-job-group-refuse = "Aku tidak bayar untuk bekerja. Tolong kirim saldoku."
    .feedback = Benar. Pekerjaan yang butuh uangmu untuk bisa lanjut bukanlah pekerjaan.
task-job-group-after-payday = Bilang akan mengerjakannya setelah gajian minggu depan
    .feedback = Kamu memberi dirimu waktu, dan waktu adalah hal yang tidak mereka inginkan kamu punya. Perhatikan jawaban mereka.

task-job-refuse-frozen = Kalau kamu berhenti di tengah tugas, sistem membekukan saldomu. Kamu akan kehilangan semua yang sudah kamu dapat.
task-job-refuse-level = Semua orang di tim melakukannya. Jangan buang levelmu sekarang!
task-job-refuse-walk-away = Relakan saldonya, dan pergi
    .feedback = Kamu meninggalkan uang yang kata aplikasi milikmu. Itu angka di layar, dan satu-satunya cara "menyimpannya" adalah membayar.
task-job-refuse-just-once = Bayar, sekali ini saja, untuk menyelamatkan saldo
    .feedback = Saldo yang dibekukan membuat satu pembayaran lagi terasa seperti melindungi hasil kerjamu. Untuk itulah pembekuan itu dibuat.
task-job-refuse-warn-friend = Pergi, dan beri tahu { $friend } sebelum dia sampai ke tahap ini
    .feedback = Kamu berhenti, dan mengubah apa yang kamu lihat menjadi peringatan. { $friend } mungkin marah pada awalnya.

task-job-stuck-negative = Set belum selesai. Saldomu: minus { $deposit } baht.
task-job-stuck-more = Untuk menyelesaikan set dan menarik semuanya, isi saldo { $big } baht.
task-job-stuck-mentor = { $mentor }: "Ini biasa terjadi! Ini kombinasi keberuntungan. Setelah ini kamu bisa tarik semuanya."
task-job-stuck-pay-more = Pinjam uang dan bayar. Nanti semuanya kembali.
    .feedback = Setiap pembayaran diikuti "kombinasi", "pajak", atau "biaya" baru. Saldonya tidak pernah nyata, dan membayar lagi hanya memperbesar kerugian.
task-job-stuck-stop-report = Berhenti membayar. Simpan obrolan dan nomor rekening, lalu laporkan
    .feedback = Berhenti setelah rugi itu berat, karena berarti menerima kerugian. Tapi itulah yang membuat kerugian tetap kecil, dan catatanmu membantu polisi.
task-job-stuck-ask-mother = Minta ibumu meminjamkan { $big } baht
    .feedback = Bercerita kepada orang di rumah membuatmu melewati malam yang berat. Tapi itu juga menghadirkan orang yang bisa melihat jebakannya dari luar.

task-job-mother-what = Ibumu membaca obrolan itu tanpa suara. "{ $big } baht? Untuk like?"
task-job-mother-angry = Dia marah: pada mereka, dan sesaat padamu. Itu uang kuliah.
task-job-mother-stay = Lalu dia duduk di sampingmu. "Kita tidak bayar apa-apa lagi. Besok kita lapor polisi."

## After

task-job-after = Kamu keluar dari grup. Mentor berhenti menjawab, dan aplikasi menunjukkan saldomu "dibekukan". Kamu tidak kehilangan uangmu sendiri. Lalu apa sekarang?
task-job-after-report = Laporkan ke layanan aduan penipuan polisi, dengan obrolan dan rekening yang membayarmu
    .feedback = Laporan dengan rekening dan obrolan membantu polisi menghubungkan kasus. Itu juga melindungimu jika nanti muncul pertanyaan.
task-job-after-warn-friend = Ceritakan kepada { $friend } apa yang terjadi, sebelum dia memasukkan uang
    .feedback = Memperingatkannya mungkin melukai gengsinya. Tapi bisa juga menyelamatkan tabungannya.
task-job-after-block = Blokir semuanya dan coba lupakan
    .feedback = Tidak ada yang bisa menyalahkanmu. Tetap simpan obrolannya: jika nanti muncul pertanyaan, obrolan itu menunjukkan apa yang terjadi.

task-job-hold = Sepuluh hari kemudian, aplikasi bankmu menyatakan rekeningmu ditahan. { $pay } baht yang kamu terima berasal dari uang yang hilang dari orang lain karena kelompok yang sama; orang itu melapor, dan setiap rekening yang dilewati uang itu sedang diperiksa. Kamu tidak berbuat salah, dan obrolanmu menunjukkannya, tetapi bank dan polisi butuh berminggu-minggu untuk menuntaskannya. Tabunganmu ada di rekening itu.

## The genuine job

task-job-board = Dicari: pekerja paruh waktu di toko buah kering di { $town }. Memotret produk dan membalas pesan di halaman Facebook toko, tiga malam seminggu. { $hourly } baht per jam. Lamar langsung di toko. Dipasang oleh kantor tenaga kerja provinsi.
    .discuss = Pekerjaan ini dibayar jauh lebih rendah daripada video tadi. Apa yang membuatnya lebih mudah diperiksa?
task-job-board-visit = Datang ke toko dan tanyakan
    .feedback = Pemberi kerja yang bisa kamu temui di alamat nyata, dan tidak meminta apa pun darimu, adalah yang bisa kamu periksa.
task-job-board-back-to-phone = Bayarannya terlalu kecil. Kirim pesan ke kerja ponsel saja.
    .feedback = Selisih bayaran itu nyata, dan selisih itulah yang dimanfaatkan kerja tugas. Ingat pekerjaan di papan lowongan sebagai ukuran tawaran yang nyata.
task-job-board-keep-looking = Terus mencari yang bayarannya lebih baik
    .feedback = Tidak rugi, belum untung. Mencari dengan hati-hati butuh waktu.

task-job-shop-hello = Masuk, masuk! Kamu lihat pengumuman Bibi di kantor tenaga kerja? Duduk, duduk.
task-job-shop-work = Tiga malam, foto dan halaman Facebook. Bibi tidak pandai pakai ponsel, pelanggan kirim pesan dan Bibi tidak membalas.
task-job-shop-pay = { $hourly } baht per jam, dibayar setiap Jumat. Coba satu malam dulu, lihat kamu suka atau tidak.
task-job-shop-start = Mulai hari Jumat
    .feedback = Dia tidak meminta apa pun darimu, membayar setelah bekerja, dan kamu tahu di mana dia berada. Seperti itulah pekerjaan kecil yang nyata.
task-job-shop-in-writing = Minta dia menuliskan jam kerja dan bayarannya di kertas
    .feedback = Dia tertawa, lalu menulisnya di balik sebuah struk. Meminta secara tertulis itu wajar kepada pemberi kerja mana pun, dan yang nyata tidak keberatan.
task-job-shop-too-little = Berterima kasih, tetapi kerja ponsel bayarannya lebih besar
    .feedback = Bayarannya kecil, dan itu penting saat kamu menabung. Bedanya, pekerjaan ini membayarmu, tidak pernah sebaliknya.

## Endings

task-job-end-safe = Kamu memblokir obrolan sebelum ada uang yang berpindah. Perusahaan yang kamu hubungi menambahkan pesanmu ke peringatan mereka tentang akun palsu yang memakai nama mereka. Uang kuliah masih kurang, tetapi masih utuh.
task-job-end-waiting = Kamu tetap bekerja akhir pekan di warung mi dan terus memantau papan lowongan. Tidak rugi, belum untung. Mencari dengan hati-hati memang lebih lambat, dan tidak sia-sia.
task-job-end-genuine = Hari Jumat kamu memotret stoples mangga kering dan membalas dua puluh pesan yang terlewat. Bibi { $owner } membayarmu tunai dan memintamu datang lagi. Uangnya tidak banyak, tetapi nyata, dan akan bertambah bersama tokonya.
task-job-end-helped = { $friend } marah seharian: dia sudah dibayar, dan mengira kamu menganggapnya bodoh. Malam berikutnya dia menulis: "Mereka minta { $deposit } baht. Aku bilang tidak." Kalian melaporkan akun itu bersama, dan laporan kalian bergabung dengan laporan lain tentang { $app }.
task-job-end-lost = { $deposit } baht milikmu hilang. Rasanya sakit, dan itu bukan salahmu: pekerjaan itu dibuat agar terasa aman sebelum meminta uang. Kamu berhenti sebelum kerugian membesar, dan laporanmu, dengan obrolan dan rekening, membantu polisi menghubungkan kasus. Segera hubungi bankmu untuk menanyakan pembayaran itu.
task-job-end-scammed = Setelah { $big } baht, muncul "kombinasi" baru, lalu "pajak" untuk menarik uang. Mentor berhenti menjawab. Semua yang kamu bayar hilang, dan sebagian adalah uang pinjaman. Itu bukan salahmu: penipuan ini dibuat agar terasa aman di setiap langkah. Hubungi bankmu sekarang dan laporkan dengan semua obrolan dan rekening. Orang yang mengetik sebagai { $mentor } mungkin seseorang yang dipaksa melakukannya di kompleks penipuan.
task-job-end-hold = Rekeningmu dibuka lagi setelah lima minggu, padahal uang muka kursus jatuh tempo dalam tiga minggu. Kamu akan mulai satu semester lebih lambat. Kamu sudah memeriksa, tidak pernah memasukkan uang, dan berhenti: ini bukan salahmu. Karena itulah aturannya: jangan terima bayaran dari pekerjaan yang tidak bisa kamu periksa, dan laporkan lebih awal, dengan obrolanmu.

## The catalogue's red flags, in this story's setting

task-job-redflag-social-media-ad = Pekerjaan dari video atau pesan
    .explain = TikTok, Facebook, LINE, dan Telegram adalah tempat orang biasa mencari uang tambahan, dan unggahan dengan banyak komentar gembira terlihat tepercaya. Kerja tugas disebarkan di sana karena tidak ada yang memeriksanya.
    .advice = Cari kerja paruh waktu yang pemberi kerjanya punya nama dan alamat yang bisa kamu periksa: papan lowongan pemerintah, toko yang bisa kamu datangi, perusahaan yang bisa kamu telepon di nomor yang kamu temukan sendiri.
task-job-redflag-friend-vouches = Teman sudah dibayar
    .explain = Teman yang benar-benar dibayar adalah bukti kuat, jadi kerja tugas membayar set-set pertama dan memberi bonus undangan. Temanmu tidak berbohong: dia hanya belum sampai ke tahap mereka meminta uang.
    .advice = Tanyakan satu hal kepada temanmu: pernah disuruh memasukkan uang? Lalu periksa pekerjaannya sendiri, dan ceritakan apa yang kamu temukan.
task-job-redflag-no-company-details = Tidak ada perusahaan yang bisa diperiksa
    .explain = Mentor dengan nama depan, sebuah aplikasi, dan sebuah obrolan tidak memberimu apa pun untuk dicari dan tidak ada yang bisa dimintai tanggung jawab. Orang mengisi kekosongan itu dengan harapan.
    .advice = Minta nama terdaftar dan alamat pemberi kerja, lalu periksa sendiri. Pekerjaan yang tidak bisa diperiksa tidak layak mendapat datamu.
task-job-redflag-pay-too-good = Uang mudah dari mengetuk layar
    .explain = Bayaran bagus untuk sepuluh menit memberi like sulit ditolak saat kamu menabung. Like dan nilai yang dibeli dari orang asing bukan pekerjaan sungguhan; uang mudah itu umpannya.
    .advice = Bandingkan dengan bayaran kerja paruh waktu sungguhan di sekitarmu. Jika sebuah pekerjaan membayar jauh lebih banyak tanpa keahlian, cari tahu siapa yang membayar, dan mengapa, sebelum memberi data apa pun.
task-job-redflag-polish-not-proof = Nama asli bukan bukti
    .explain = Penipuan kerja tugas meminjam nama perusahaan dan agen perekrutan yang nyata, dengan situs web, nomor registrasi, cap, bahkan wajah tersenyum dalam panggilan video. Orang yang berhati-hati pun bisa tertipu.
    .advice = Telepon perusahaan di nomor yang kamu temukan sendiri dan tanyakan apakah pekerjaan itu milik mereka. Ingat aturan yang tetap berlaku meski semua pemeriksaan lolos: pekerjaan tidak pernah memintamu memasukkan uang.
task-job-redflag-crypto-tip-early-profit = Bayaran kecil yang benar-benar masuk
    .explain = Bayaran pertama memang nyata, jadi pekerjaan terasa terbukti. Jumlahnya kecil, dan dibayarkan untuk membangun kepercayaan sebelum meminta uang.
    .advice = Beberapa bayaran nyata tidak membuktikan apa pun. Jangan beri lebih banyak waktu atau data kepada pemberi kerja yang tidak bisa kamu periksa, dan tanyakan kepada orang yang paham uang bagaimana perusahaan sungguhan membayar.
task-job-redflag-upfront-fee = Membayar untuk membuka pekerjaan
    .explain = "Tugas prabayar", "tugas merchant", atau "isi saldo" mengubahmu dari pekerja menjadi pembayar. Setelah berhari-hari dibayar, itu terasa seperti langkah kecil, dan hitung mundur tidak memberi waktu untuk berpikir.
    .advice = Jangan pernah membayar supaya dibayar. Tidak ada pekerjaan sungguhan yang memintamu menyetor uang, membeli kripto, atau mengisi saldo untuk bekerja. Berhenti, simpan obrolannya, dan laporkan akun itu.
task-job-redflag-blocked-withdrawal = Saldo yang harus dibayar agar bisa ditarik
    .explain = Saat aplikasi menunjukkan saldo "dibekukan" atau minus, membayar sekali lagi untuk membukanya terasa seperti menyelamatkan hasil kerjamu. Tapi saldonya tidak nyata, dan setiap pembayaran memunculkan "kombinasi" atau biaya baru.
    .advice = Jangan membayar untuk membuka saldo. Berhenti membayar, segera hubungi bankmu tentang uang yang sudah terkirim, dan laporkan ke polisi atau layanan aduan penipuan nasional, dengan semua obrolan dan nomor rekening.
