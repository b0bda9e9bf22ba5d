# Machine-drafted translation: needs review by a native speaker.
wrong-number-title = Salah kirim
wrong-number-summary = Orang asing yang ramah salah mengirim pesan kepada Anda, lalu terus mengajak ngobrol. Anda seorang pensiunan yang sore harinya sepi: Anda yang memutuskan sejauh mana obrolan ini berlanjut.

## Tokoh

wrong-number-character-texter = Nomor tak dikenal
wrong-number-character-unknown = Nomor tak dikenal
wrong-number-character-stranger = { $stranger }
wrong-number-character-friend = { $friend }
wrong-number-character-recovery = Layanan Pemulihan Aset

## Variabel

wrong-number-who-ray = Ray, 67 tahun, seorang duda di Brisbane, Australia
wrong-number-who-teresita = Teresita, 64 tahun, pensiunan guru di Iloilo, Filipina
wrong-number-who-mei-ling = Mei Ling, 70 tahun, seorang nenek di Ipoh, Malaysia
wrong-number-group-walking = kelompok jalan sehat
wrong-number-group-choir = paduan suara
wrong-number-group-tai-chi = kelas tai chi
wrong-number-stranger-anna = Anna
wrong-number-stranger-jenny = Jenny
wrong-number-stranger-vivian = Vivian
wrong-number-friend-lily = Lily
wrong-number-friend-tony = Tony
wrong-number-friend-rosa = Rosa

## Salah kirim yang sungguhan

wrong-number-intro = Anda adalah { $who }. Sejak pensiun, hari-hari terasa panjang dan sepi. Saat paling menyenangkan dalam seminggu adalah { $group } setiap hari Kamis. Suatu Senin pagi, HP Anda bergetar.

wrong-number-plumber = Hai Rob, ini Sue, tetangga sebelah. Tukang ledengnya jadi datang besok jam 10? Nanti pagarnya aku biarkan terbuka.
wrong-number-plumber-reply-wrong = Balas: "Maaf, sepertinya Anda salah nomor."
    .feedback = Ramah dan sederhana. Sekarang perhatikan apa yang terjadi berikutnya: itu memberi tahu Anda lebih banyak daripada pesan pertamanya.
wrong-number-plumber-ignore = Abaikan saja. Bukan tukang ledeng Anda, bukan urusan Anda
    .feedback = Itu juga tidak apa-apa. Anda tidak wajib membalas pesan orang asing.

wrong-number-sorry-oops = Aduh, maaf sekali! Saya salah ketik nomor. Salah saya!
wrong-number-sorry-bye = Semoga hari Anda menyenangkan.
wrong-number-sorry-say-ok = Balas "Tidak apa-apa!" lalu lanjutkan kegiatan Anda
    .feedback = Seperti inilah salah kirim yang sungguhan: minta maaf, lalu selesai. Tidak ada obrolan lanjutan, tidak ada pertanyaan tentang hidup Anda, tidak ada pembicaraan soal uang.
wrong-number-sorry-block-anyway = Blokir dan laporkan nomornya, untuk berjaga-jaga
    .feedback = Boleh saja, tetapi ini memang salah kirim: Sue minta maaf lalu berhenti. Salah kirim terjadi setiap hari. Yang membongkar sebuah penipuan adalah apa yang terjadi setelah Anda bilang "salah nomor".

## Penipuan dimulai

wrong-number-anna-text = Hai, ini { $stranger }! Kita jadi ketemuan minum teh hari ini?
    .discuss = Bagaimana Anda bisa membedakan salah kirim yang sungguhan dari awal sebuah penipuan?
wrong-number-anna-text-tell-wrong = Balas dengan ramah: "Maaf, Anda salah nomor."
    .feedback = Membalas dengan sopan itu biasa, dan kebanyakan orang melakukannya. Ujiannya baru datang setelah ini: apakah pengirimnya minta maaf lalu berhenti?
wrong-number-anna-text-block-now = Blokir dan laporkan nomornya tanpa membalas
    .feedback = Aman, dan itu hak Anda: Anda tidak rugi apa-apa dengan memblokir orang asing. Hanya saja, ingat bahwa satu pesan saja bisa memang salah kirim. Tanda bahayanya adalah orang asing yang terus mengajak ngobrol setelah Anda bilang "salah nomor".

wrong-number-keeps-chatting-sorry = Aduh, malu sekali! Maaf ya.
    .discuss = Apa bedanya dengan salah kirim yang sungguhan?
wrong-number-keeps-chatting-kind = Tapi Anda kedengarannya baik sekali. Sekarang jarang ada orang yang membalas seramah ini.
wrong-number-keeps-chatting-fate = Saya { $stranger }, saya punya toko bunga kecil. Mungkin salah kirim ini memang takdir? Anda tinggal di mana?
wrong-number-keeps-chatting-chat-back = Mengobrol sebentar. Dia ramah, dan sore masih panjang
    .feedback = Salah kirim yang sungguhan minta maaf lalu berhenti. Yang ini minta maaf lalu terus berlanjut, dengan pujian dan pertanyaan tentang diri Anda. Ini awal yang umum dari penipuan jangka panjang, dan berhasil karena keramahan dan teman ngobrol terasa menyenangkan bagi siapa saja.
wrong-number-keeps-chatting-block-report = Ucapkan selamat siang, lalu blokir dan laporkan nomornya
    .feedback = Jeli sekali. Salah kirim yang sungguhan minta maaf lalu berhenti. "Salah kirim" yang berubah menjadi obrolan akrab adalah pembuka yang sudah dikenal dari penipuan asmara dan penipuan investasi.

wrong-number-move-app-whatsapp = Kirim SMS dari sini mahal sekali. Kita ngobrol lewat WhatsApp saja, ya? Ini nomor saya.
wrong-number-move-app-photo = (Dia mengirim foto: seorang perempuan tersenyum di kafe yang terang, dengan teko teh di atas meja.)
wrong-number-move-app-add = Tambahkan dia di WhatsApp. Semua orang juga pakai
    .feedback = Cepat pindah ke aplikasi chat pribadi adalah langkah yang biasa dalam penipuan seperti ini: di sana, tidak ada orang lain yang melihat obrolannya. Itu saja belum membuktikan apa-apa, tetapi dari orang asing yang tidak mau berhenti setelah salah kirim, itu sebuah peringatan.
wrong-number-move-app-ask-video = Bilang: "Sebelum itu, kita video call sebentar, ya, supaya saya tahu sedang bicara dengan siapa."
    .feedback = Ujian yang adil: pelaku penipuan seperti ini sering menghindari video, karena fotonya milik orang lain. Panggilan membantu, tetapi bisa dipalsukan dengan alat tukar wajah. Aturan yang selalu berlaku: jangan pernah berinvestasi atau mengirim uang atas saran orang yang Anda kenal lewat internet.

## Berminggu-minggu obrolan hangat

wrong-number-friendship-morning = Selamat pagi! Aku baru bikin teh dan teringat kamu. Tidurmu nyenyak?
    .discuss = Kenapa pesan harian seperti ini begitu ampuh?
wrong-number-friendship-lonely = Ibuku meninggal tahun lalu. Sejak itu aku merasa sendirian sekali di kota besar ini.
wrong-number-friendship-best-part = Ngobrol sama kamu adalah bagian terbaik hariku. Kamu benar-benar mengerti aku.
wrong-number-friendship-open-up = Ceritakan tentang hidup Anda, keluarga Anda, dan betapa sepinya hari-hari Anda
    .feedback = Kehangatan setiap hari, duka yang dibagi, dan "kamu mengerti aku" membangun ikatan dengan sangat cepat. Ini disebut love bombing (membanjiri dengan kasih sayang), dan berhasil pada siapa saja yang sedikit kesepian, dan itu kebanyakan dari kita. Dia juga sedang mempelajari apa yang penting bagi Anda.
wrong-number-friendship-ask-video = Ajak video call. Pasti senang bisa melihat wajahnya
    .feedback = Ujian yang bagus. Berminggu-minggu pesan hangat tanpa pernah menunjukkan wajah adalah salah satu tanda paling jelas penipuan seperti ini. Panggilan pun bisa dipalsukan, jadi aturan yang selalu berlaku: jangan pernah berinvestasi atau mengirim uang atas saran orang yang Anda kenal lewat internet.
wrong-number-friendship-step-back = Semuanya terlalu manis, terlalu cepat. Berhenti membalas dan blokir dia
    .feedback = Naluri yang bagus. Keakraban yang cepat dari orang asing yang menemukan Anda "tidak sengaja", di aplikasi pribadi, adalah pola yang sudah dikenal. Anda boleh menjauh tanpa memberi penjelasan.

wrong-number-no-video-camera = Aduh, kamera HP-ku rusak, malu sekali.
wrong-number-no-video-shy = Terus terang aku juga pemalu. Hari ini penampilanku jelek sekali.
wrong-number-no-video-promise = Minggu depan, aku janji! Sekarang kita chat di sini dulu saja.
wrong-number-no-video-accept = Biarkan saja. Banyak orang malu di depan kamera
    .feedback = Satu alasan bisa saja benar, tetapi akan selalu ada alasan lain. Orang yang bicara dengan Anda setiap hari tetapi tidak pernah bisa menunjukkan wajahnya sedang menyembunyikan siapa dirinya.
wrong-number-no-video-accept-later = Biarkan saja. Banyak orang malu di depan kamera
    .feedback = Satu alasan bisa saja benar, tetapi akan selalu ada alasan lain. Orang yang bicara dengan Anda setiap hari tetapi tidak pernah bisa menunjukkan wajahnya sedang menyembunyikan siapa dirinya.
wrong-number-no-video-stop-block = Tidak ada video, tidak ada obrolan lagi. Blokir dan laporkan dia
    .feedback = Benar. Teman yang selalu "hampir" video call tapi tak pernah jadi adalah tanda klasik. Fotonya sering diambil dari profil orang lain, dan panggilan pun bisa dipalsukan, jadi saran soal uang dari teman online tidak pernah aman.

## Soal uang

wrong-number-crypto-tip-uncle = Oh ya, pamanku mengajariku trading kripto. Dia tahu kapan harga pasar akan bergerak.
    .discuss = Kenapa pembicaraan soal uang baru muncul setelah berminggu-minggu berteman?
wrong-number-crypto-tip-profit = (Dia mengirim tangkapan layar dari aplikasi trading: akunnya naik ribuan dolar minggu ini.)
wrong-number-crypto-tip-try = Aku ingin masa pensiunmu juga nyaman. Mulai kecil saja, cukup ${ $first }. Nanti aku bimbing langkah demi langkah.
wrong-number-crypto-tip-try-small = Coba dengan ${ $first }. Jumlahnya kecil, dan dia sudah begitu baik
    .feedback = Tips soal kripto atau aplikasi trading dari orang yang Anda kenal lewat internet adalah inti penipuan ini. "Mulai kecil" adalah bagian dari rencana: untung kecil membangun kepercayaan untuk setoran besar nanti.
wrong-number-crypto-tip-say-no = Tolak: Anda tidak pernah menerima saran soal uang dari orang yang belum pernah Anda temui. Lalu blokir dia
    .feedback = Benar. Orang asing yang mulai membicarakan kripto setelah berminggu-minggu obrolan hangat sedang mengikuti naskah. Teman sejati tidak butuh Anda berinvestasi supaya tetap berteman.

wrong-number-early-profit-grown = Lihat! ${ $first } milikmu naik hampir 30% dalam seminggu!
wrong-number-early-profit-test = (Dia menyuruh Anda menarik $50 untuk mencoba. Anda melakukannya, dan uangnya masuk ke rekening bank Anda keesokan harinya.)
wrong-number-early-profit-bonus = Tuh kan? Ini asli! Dan minggu ini saja, platformnya memberi bonus 30% untuk setoran di atas ${ $big }. Dengan tabunganmu, akhirnya kamu bisa hidup tenang!
wrong-number-early-profit-invest-savings = Pindahkan sebagian besar tabungan Anda ke sana. Lagi pula, penarikan percobaannya berhasil
    .feedback = Untung kecil di awal, dan penarikan kecil yang benar-benar masuk, adalah umpan: supaya Anda memercayakan jauh lebih banyak uang ke aplikasi itu. Angka-angka besar di layar bukan uang sungguhan.
wrong-number-early-profit-stop-now = Berhenti di sini. Jangan masukkan uang lagi, blokir dia, dan laporkan aplikasinya
    .feedback = Bagus sekali. Untung kecil dan penarikan pertama yang mudah ada untuk membangun kepercayaan sebelum setoran besar. Berhenti sekarang membuat tabungan Anda aman, meskipun uang kecil yang pertama hilang.

## Makin jauh

wrong-number-blocked-grow = Anda memindahkan ${ $big } ke aplikasi itu. Setiap hari saldonya bertambah, dan { $stranger } mengirim emoji hati dan ucapan selamat.
    .discuss = Uangnya "ada", tapi tidak bisa ditarik tanpa satu pembayaran lagi. Kenapa begitu sulit untuk berhenti di sini? Apa yang akan Anda katakan kepada seorang teman?
wrong-number-blocked-frozen = Saat Anda mencoba menarik uang, aplikasinya menampilkan: "Penarikan ditahan. Bayar pajak sebesar ${ $tax } untuk mencairkan dana Anda."
wrong-number-blocked-she-says = { $stranger } menulis: "Tenang saja, semua orang bayar pajak itu. Aku bahkan bisa meminjamkan sedikit!"
wrong-number-blocked-pay-tax = Bayar pajaknya. Jumlahnya kecil dibanding saldonya
    .feedback = Platform yang asli memotong biayanya dari saldo Anda; platform asli tidak meminta uang baru sebelum Anda bisa menarik dana. "Pajak" ini langkah berikutnya dari penipuan, dan akan ada langkah lain sesudahnya.
wrong-number-blocked-stop-report = Jangan bayar apa-apa lagi. Simpan semuanya, telepon bank Anda, dan laporkan
    .feedback = Benar. Penarikan yang ditahan sampai Anda membayar "pajak", "biaya", atau "top up" adalah tahap terakhir penipuan seperti ini. Segera telepon bank Anda, karena transfer kadang masih bisa dihentikan, lalu laporkan.

wrong-number-more-fees-paid = Anda membayar pajaknya. Keesokan harinya aplikasinya menampilkan: "Akun sedang ditinjau. Bayar deposit keamanan sebesar ${ $tax } untuk membuka dana Anda."
wrong-number-more-fees-almost = { $stranger } menulis: "Menyebalkan sekali! Tapi ini langkah terakhir, habis itu kita rayakan bersama."
wrong-number-more-fees-pay-deposit = Bayar sekali lagi. Sudah dekat sekali
    .feedback = Tidak ada langkah terakhir: setiap pembayaran disusul pembayaran baru, sampai Anda berhenti. Saldo di layar itu tidak pernah nyata.
wrong-number-more-fees-stop = Berhenti. Simpan semuanya, telepon bank Anda, dan laporkan
    .feedback = Benar. "Biaya" kedua setelah yang pertama menunjukkan bahwa penarikannya tidak akan pernah terjadi. Berhenti sekarang melindungi apa yang masih tersisa.

wrong-number-silent = Anda membayar. Keesokan paginya aplikasinya tidak bisa dibuka, dan { $stranger } tidak menjawab lagi. Seminggu kemudian, datang sebuah email.

wrong-number-recovery = Kami tahu Anda kehilangan uang karena penipuan kripto. Tim kami bekerja sama dengan FBI dan otoritas keuangan internasional, dan kami bisa mengembalikan ${ $big } milik Anda. Untuk memulai, silakan bayar biaya 10% dalam USDT.
wrong-number-recovery-pay-fee = Bayar biayanya. Mendapatkan uangnya kembali sepadan
    .feedback = Ini penipuan kedua, yang menyasar orang yang baru saja kehilangan uang. Polisi dan otoritas keuangan yang asli tidak pernah memungut biaya dalam kripto untuk mengembalikan uang Anda.
wrong-number-recovery-refuse = Jangan dibalas. Laporkan email itu bersama semua bukti lainnya
    .feedback = Benar. Perusahaan "pemulihan dana" yang mengaku punya hubungan dengan FBI atau otoritas keuangan dan meminta biaya dalam kripto adalah penipuan kedua yang sudah dikenal. Pihak berwenang yang asli tidak memungut biaya untuk menyelidiki.

## Perkumpulan

wrong-number-club-day = Hari Kamis, di { $group }, teman Anda { $friend } menghampiri Anda sambil tersenyum, HP di tangan.

wrong-number-club-show = Lihat ini! Bulan lalu ada perempuan yang salah kirim pesan ke aku. Sekarang kami ngobrol setiap hari. Dia manis sekali.
    .discuss = Bagaimana Anda membicarakan hal ini dengan seorang teman tanpa membuatnya merasa bodoh?
wrong-number-club-uncle = Pamannya trader kripto. Katanya dia bisa bantu aku dapat uang. Menurutmu aku coba, nggak?
wrong-number-club-warn = Ceritakan kepada { $friend } apa yang terjadi pada Anda, dan bantu blokir serta laporkan nomornya
    .feedback = Bagus. Penipuan menyebar lewat diam, dan sepatah kata dari teman sering kali yang menghentikannya. "Salah kirim" yang berubah menjadi obrolan setiap hari lalu tips soal uang adalah pola yang baru saja Anda alami sendiri.
wrong-number-club-explain-real = Tunjukkan bedanya kepada { $friend }: salah kirim yang Anda alami minta maaf lalu berhenti; yang ini tidak pernah berhenti
    .feedback = Bagus. Ini membantu { $friend } membedakan keduanya, bukan jadi takut pada setiap pesan. Salah kirim yang sungguhan berakhir dengan permintaan maaf. Penipuan terus mengajak ngobrol, pindah ke aplikasi pribadi, lalu beralih ke soal uang.
wrong-number-club-share-loss = Ceritakan dengan jujur kepada { $friend } bahwa Anda juga pernah menaruh uang, dan bagaimana akhirnya
    .feedback = Itu butuh keberanian. Rasa malu membuat banyak orang diam, dan penipu mengandalkan itu. Cerita Anda sendiri mungkin yang membuat { $friend } berhenti.
wrong-number-club-stay-quiet = Diam saja. Itu urusan pribadi { $friend }
    .feedback = Tidak ingin mempermalukan teman itu baik. Tetapi penipuan seperti ini mengandalkan diam, dan { $friend } sedang berada di tahap di mana sepatah kata dari Anda paling bisa membantu.

## Akhir cerita

wrong-number-end-safe = Anda memblokir dan melaporkan nomor itu, dan tabungan Anda aman. Pesan seperti yang dikirim "{ $stranger }" dikirim oleh kelompok kriminal. Orang yang mengetiknya belum tentu penipu karena pilihannya sendiri: banyak dari mereka adalah orang yang ditipu dengan lowongan kerja palsu di luar negeri dan dipaksa mengirim pesan-pesan ini dari kompleks penipuan.
wrong-number-end-helped = Anda dan { $friend } memblokir dan melaporkan nomor itu bersama-sama, sebelum ada uang lagi yang berpindah. Minggu berikutnya, dua orang lagi di { $group } bercerita bahwa mereka juga pernah menerima pesan seperti itu, dan sekarang mereka tahu apa itu. Orang yang mengetik sebagai "{ $stranger }" bisa jadi dipaksa melakukannya di kompleks penipuan; bicara terbuka telah melindungi teman-teman Anda.
wrong-number-end-scammed = Uang di aplikasi itu tidak pernah nyata, dan yang sudah Anda bayarkan hilang. Ini kejahatan terencana oleh penjahat yang lihai, bukan kesalahan bodoh: orang dari segala usia bisa terjerat. Sekarang telepon bank Anda, laporkan ke polisi dan ke layanan pelaporan penipuan nasional, dan ceritakan kepada orang yang Anda percaya. Waspadai siapa pun yang menawarkan mengembalikan uang itu dengan bayaran.
wrong-number-end-recovery = Perusahaan "pemulihan dana" itu mengambil biayanya lalu menghilang: perusahaan itu juga dijalankan oleh penipu. Menjadi sasaran dua kali itu sering terjadi, dan itu bukan salah Anda. Hentikan semua pembayaran, telepon bank Anda, dan laporkan kedua penipuan itu ke polisi dan ke layanan pelaporan penipuan nasional. Bantuan yang asli tidak pernah meminta biaya dalam kripto.

## The catalogue's red flags, in this story's setting

wrong-number-redflag-move-to-private-app = Pindah ke aplikasi obrolan pribadi
    .explain = Orang asing yang ramah dari pesan "salah nomor" segera mengajak pindah ke WhatsApp, Line, Telegram atau WeChat. Aplikasi pribadi tidak diawasi siapa pun, riwayat obrolan mudah dihapus, dan terasa lebih akrab: di sanalah kepercayaan dibangun sebelum uang disebut.
    .advice = Buat obrolan dengan orang asing singkat dan terbuka. Panggilan video membantu, tetapi bisa dipalsukan dengan alat tukar wajah. Aturan yang selalu berlaku: jangan pernah berinvestasi atau mengirim uang atas saran orang yang Anda kenal lewat internet.
