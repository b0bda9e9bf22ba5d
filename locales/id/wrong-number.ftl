# Machine-drafted translation: needs review by a native speaker.
wrong-number-title = Salah kirim
wrong-number-summary = Orang asing yang ramah salah mengirim pesan kepada Anda, lalu terus mengajak ngobrol. Anda seorang pensiunan yang sore harinya sepi: Anda yang memutuskan sejauh mana obrolan ini berlanjut.

## Characters

wrong-number-character-texter = Nomor tak dikenal
wrong-number-character-unknown = Nomor tak dikenal
wrong-number-character-stranger = { wrong-number-stranger-name }
wrong-number-character-friend = { $friend }
wrong-number-character-recovery = Layanan Pemulihan Aset
wrong-number-character-member = Nomor tak dikenal
wrong-number-character-platform = { $app }
wrong-number-character-regulator = Regulator keuangan, layanan pertanyaan
wrong-number-character-teller = Teller di kantor cabang bank Anda

## Variables

wrong-number-who-ray = Ray, 67 tahun, seorang duda di Brisbane, Australia
wrong-number-who-teresita = Teresita, 64 tahun, pensiunan guru di Iloilo, Filipina
wrong-number-who-mei-ling = Mei Ling, 70 tahun, seorang nenek di Ipoh, Malaysia
wrong-number-group-walking = kelompok jalan sehat
wrong-number-group-choir = paduan suara
wrong-number-group-tai-chi = kelas tai chi
wrong-number-friend-lily = Lily
wrong-number-friend-tony = Tony
wrong-number-friend-rosa = Rosa
wrong-number-member-bernie = Bernie
wrong-number-member-lourdes = Lourdes
wrong-number-member-siew-lan = Siew Lan
wrong-number-app-aurex = Aurex Markets
wrong-number-app-bitnova = BitNova Pro
wrong-number-app-coinwell = Coinwell Global

# The stranger: $stranger is a number, 1 or 2 for a woman, 3 or 4 for a man. Each locale chooses the name and
# the gendered words here, with a selector on $stranger; the other messages use these by reference.
wrong-number-stranger-name = { $stranger ->
    [1] Anna
    [2] Vivian
    [3] Daniel
   *[4] Marco
}
# "woman" or "man"
wrong-number-person = { $stranger ->
    [3] pria
    [4] pria
   *[other] wanita
}
# "she" or "he"
wrong-number-she = { $stranger ->
   *[other] dia
}
# "her" or "him"
wrong-number-her = { $stranger ->
   *[other] dia
}

## A real wrong number

wrong-number-intro = Anda adalah { $who }. Sejak pensiun, hari-hari terasa panjang dan sepi. Saat paling menyenangkan dalam seminggu adalah { $group } setiap hari Kamis. Suatu Senin pagi, HP Anda bergetar.

wrong-number-plumber = Hai Rob, ini Sue, tetangga sebelah. Tukang ledengnya jadi datang besok jam 10? Nanti pagarnya aku biarkan terbuka.
wrong-number-plumber-reply-wrong = Balas: "Maaf, sepertinya Anda salah nomor."
    .feedback = Ramah dan sederhana. Sekarang perhatikan apa yang terjadi berikutnya: itu memberi tahu Anda lebih banyak daripada pesan pertamanya.
wrong-number-plumber-ignore = Abaikan saja. Bukan tukang ledeng Anda, bukan urusan Anda
    .feedback = Itu juga tidak apa-apa. Anda tidak wajib membalas pesan orang asing.
wrong-number-plumber-block-first = Blokir dan laporkan. Anda sudah membaca tentang pesan seperti ini
    .feedback = Boleh, dan Anda tidak rugi apa-apa. Tapi yang ini salah kirim sungguhan: salah nomor terjadi setiap hari. Yang membongkar penipuan adalah apa yang terjadi setelah "salah nomor".

wrong-number-sorry-oops = Aduh, maaf sekali! Saya salah ketik nomor. Salah saya!
wrong-number-sorry-bye = Semoga hari Anda menyenangkan.
wrong-number-sorry-say-ok = Balas "Tidak apa-apa!" lalu lanjutkan kegiatan Anda
    .feedback = Seperti inilah salah kirim yang sungguhan: minta maaf, lalu selesai. Tidak ada obrolan lanjutan, tidak ada pertanyaan tentang hidup Anda, tidak ada pembicaraan soal uang.
wrong-number-sorry-block-anyway = Blokir dan laporkan nomornya, untuk berjaga-jaga
    .feedback = Boleh saja, tetapi ini memang salah kirim: Sue minta maaf lalu berhenti. Salah kirim terjadi setiap hari. Yang membongkar sebuah penipuan adalah apa yang terjadi setelah Anda bilang "salah nomor".
wrong-number-sorry-chat-more = Balas: "Tidak apa-apa! Semoga tukang ledengnya lebih bisa diandalkan daripada punya saya."
    .feedback = Candaan ramah itu wajar. Perhatikan apa yang dilakukan orang sungguhan dengannya.

wrong-number-sorry-chat-ha = Haha! Terima kasih. Maaf sekali lagi!
wrong-number-sorry-chat-gone = (Tidak ada pesan lagi. Sue masih harus mencari tetangganya dan menunggu tukang ledeng.)

## The scam begins

wrong-number-anna-text = Hai, ini { wrong-number-stranger-name }! Jadi kita minum teh hari ini?
    .discuss = Bagaimana membedakan salah nomor sungguhan dari awal sebuah penipuan?
wrong-number-anna-text-tell-wrong = Balas dengan ramah: "Maaf, Anda salah nomor."
    .feedback = Membalas dengan sopan itu biasa, dan kebanyakan orang melakukannya. Ujiannya baru datang setelah ini: apakah pengirimnya minta maaf lalu berhenti?
wrong-number-anna-text-ask-who = Balas: "Maaf, ini siapa?"
    .feedback = Pertanyaan yang wajar. Itu juga memberi tahu pengirim bahwa nomor ini dibaca orang sungguhan. Perhatikan balasannya.
wrong-number-anna-text-block-now = Blokir dan laporkan nomornya tanpa membalas
    .feedback = Aman, dan itu hak Anda: Anda tidak rugi apa-apa dengan memblokir orang asing. Hanya saja, ingat bahwa satu pesan saja bisa memang salah kirim. Tanda bahayanya adalah orang asing yang terus mengajak ngobrol setelah Anda bilang "salah nomor".

wrong-number-keeps-chatting-sorry = Aduh, malunya! Salah nomor, maaf sekali.
    .discuss = Apa bedanya dengan salah nomor sungguhan?
wrong-number-keeps-chatting-kind = Tapi Anda kedengarannya baik sekali. Sekarang jarang ada orang yang membalas seramah ini.
wrong-number-keeps-chatting-fate = Saya { wrong-number-stranger-name }, saya punya toko bunga kecil. Mungkin salah kirim ini takdir? Anda dari mana?
wrong-number-keeps-chatting-chat-back = Mengobrol sebentar. { wrong-number-stranger-name } ramah, dan sore masih panjang
    .feedback = Salah nomor sungguhan minta maaf lalu berhenti. Yang ini minta maaf lalu terus, dengan pujian dan pertanyaan tentang Anda. Ini awal umum penipuan panjang, dan berhasil karena keramahan dan teman mengobrol terasa menyenangkan bagi siapa pun.
wrong-number-keeps-chatting-keep-polite = Jawab dengan sopan, dan jangan ceritakan di mana Anda tinggal atau apa yang Anda punya
    .feedback = Anda tidak memberikan apa pun, dan itu kebiasaan baik. Tapi perhatikan yang terjadi: orang asing yang terus mengobrol setelah "salah nomor" adalah polanya sendiri.
wrong-number-keeps-chatting-block-report = Ucapkan selamat siang kepada { wrong-number-stranger-name }, lalu blokir dan laporkan nomornya
    .feedback = Jeli sekali. Salah nomor sungguhan minta maaf lalu berhenti. "Salah nomor" yang berubah jadi obrolan akrab adalah pembuka yang dikenal dari penipuan asmara dan investasi.

wrong-number-move-app-whatsapp = Kirim SMS dari sini mahal sekali. Kita ngobrol lewat WhatsApp saja, ya? Ini nomor saya.
wrong-number-move-app-photo = (Sebuah foto masuk: seorang { wrong-number-person } tersenyum di kafe yang terang, ada teko teh di meja.)
wrong-number-move-app-add = Tambahkan { wrong-number-stranger-name } di WhatsApp. Semua orang memakainya
    .feedback = Pindah cepat ke aplikasi obrolan pribadi adalah langkah biasa dalam penipuan ini: di sana, tidak ada orang lain yang melihat obrolannya. Sendirian itu tidak membuktikan apa-apa, tapi bersama orang asing yang tidak mau berhenti setelah salah nomor, itu tanda bahaya.
wrong-number-move-app-ask-video = Bilang: "Sebelum itu, kita video call sebentar, ya, supaya saya tahu sedang bicara dengan siapa."
    .feedback = Ujian yang adil: pelaku penipuan seperti ini sering menghindari video, karena fotonya milik orang lain. Panggilan membantu, tetapi bisa dipalsukan dengan alat tukar wajah. Aturan yang selalu berlaku: jangan pernah berinvestasi atau mengirim uang atas saran orang yang Anda kenal lewat internet.
wrong-number-move-app-stay-sms = Katakan Anda lebih suka tidak pindah aplikasi, dan cukup sampai di situ
    .feedback = Anda menjaganya di tempat awalnya. { wrong-number-stranger-name } mengirim wajah sedih; { wrong-number-she } menulis dua kali lagi, lalu berhenti: obrolan yang hanya bisa berjalan di aplikasi pribadi memang bukan soal pertemanan.

## Weeks of warm chat

wrong-number-friendship-morning = Selamat pagi! Aku baru bikin teh dan teringat kamu. Tidurmu nyenyak?
    .discuss = Kenapa pesan harian seperti ini begitu ampuh?
wrong-number-friendship-lonely = Ibuku meninggal tahun lalu. Sejak itu aku merasa sendirian sekali di kota besar ini.
wrong-number-friendship-best-part = Ngobrol sama kamu adalah bagian terbaik hariku. Kamu benar-benar mengerti aku.
wrong-number-friendship-open-up = Ceritakan kepada { wrong-number-stranger-name } tentang hidup Anda, keluarga Anda, dan betapa sepinya hari-hari
    .feedback = Kehangatan setiap hari, duka yang dibagi, dan "kamu mengerti aku" membangun ikatan dengan sangat cepat. Ini disebut love bombing, dan berhasil pada siapa saja yang sedikit kesepian, yaitu kebanyakan dari kita. Orang asing itu juga sedang mempelajari apa yang penting bagi Anda.
wrong-number-friendship-ask-video = Usulkan panggilan video. Menyenangkan kalau bisa melihat { wrong-number-stranger-name }
    .feedback = Ujian yang baik. Berminggu-minggu pesan hangat tanpa pernah melihat wajah adalah salah satu tanda paling jelas penipuan ini. Panggilan pun bisa dipalsukan, jadi aturan yang tetap berlaku: jangan berinvestasi atau mengirim uang karena saran orang yang Anda kenal online.
wrong-number-friendship-step-back = Terlalu manis, terlalu cepat. Berhenti membalas dan blokir { wrong-number-stranger-name }
    .feedback = Naluri yang baik. Kedekatan cepat dari orang asing yang menemukan Anda "tidak sengaja", di aplikasi pribadi, adalah pola yang dikenal. Anda boleh menjauh tanpa menjelaskan.

wrong-number-no-video-camera = Aduh, kamera HP-ku rusak, malu sekali.
wrong-number-no-video-shy = Terus terang aku juga pemalu. Hari ini penampilanku jelek sekali.
wrong-number-no-video-promise = Minggu depan, aku janji! Sekarang kita chat di sini dulu saja.
wrong-number-no-video-accept = Biarkan saja. Banyak orang malu di depan kamera
    .feedback = Satu alasan bisa saja benar, tetapi akan selalu ada alasan lain. Orang yang bicara dengan Anda setiap hari tetapi tidak pernah bisa menunjukkan wajahnya sedang menyembunyikan siapa dirinya.
wrong-number-no-video-accept-later = Biarkan saja. Banyak orang malu di depan kamera
    .feedback = Satu alasan bisa saja benar, tetapi akan selalu ada alasan lain. Orang yang bicara dengan Anda setiap hari tetapi tidak pernah bisa menunjukkan wajahnya sedang menyembunyikan siapa dirinya.
wrong-number-no-video-voice-call = "Kalau begitu telepon saja. Saya ingin mendengar suaramu."
    .feedback = Jalan tengah yang wajar, dan banyak orang sungguhan lebih suka telepon suara. Itu menunjukkan ada orang sungguhan di sana; tidak menunjukkan untuk siapa orang itu bekerja.
wrong-number-no-video-stop-block = Tanpa video, tidak ada obrolan lagi. Blokir dan laporkan { wrong-number-stranger-name }
    .feedback = Benar. Teman yang selalu "hampir" melakukan panggilan video tapi tak pernah jadi adalah tanda klasik. Fotonya sering diambil dari profil orang lain, dan panggilan pun bisa dipalsukan, jadi saran soal uang dari teman online tidak pernah aman.

wrong-number-voice-hello = Teleponnya datang malam itu. Suara hangat, logat lembut, tawa mendengar lelucon Anda, denting cangkir di belakang: "Saya di toko, maaf berisik!"
    .discuss = Suaranya nyata. Apa yang dibuktikan telepon itu, dan apa yang tidak?
wrong-number-voice-weeks = Sejak itu kalian bicara hampir setiap hari, kadang sejam. { wrong-number-stranger-name } ingat nama-nama cucu Anda, dan { wrong-number-she } selalu menanyakan kesehatan Anda.

## The money

wrong-number-crypto-tip-uncle = Oh ya, pamanku mengajariku trading kripto. Dia tahu kapan harga pasar akan bergerak.
    .discuss = Kenapa pembicaraan soal uang baru muncul setelah berminggu-minggu berteman?
wrong-number-crypto-tip-profit = (Tangkapan layar dari { $app }: sebuah akun naik ribuan dolar minggu ini.)
wrong-number-crypto-tip-try = Aku ingin masa pensiunmu juga nyaman. Mulai kecil saja, cukup ${ $first }. Nanti aku bimbing langkah demi langkah.
wrong-number-crypto-tip-try-small = Coba dengan ${ $first }. Jumlahnya kecil, dan { wrong-number-stranger-name } sudah begitu baik
    .feedback = Saran soal kripto atau aplikasi trading dari orang yang Anda kenal online adalah inti penipuan ini. "Mulai kecil" adalah bagian rencana: kemenangan kecil membangun kepercayaan untuk setoran besar nanti.
wrong-number-crypto-tip-check-platform = Katakan Anda akan memeriksa { $app } sendiri sebelum menaruh sepeser pun
    .feedback = Memeriksa sebelum uang berpindah itu benar. Perhatikan apa yang bisa dan tidak bisa diberitahukan pemeriksaan itu.
wrong-number-crypto-tip-say-no = Katakan Anda tidak pernah menerima saran keuangan dari orang yang belum pernah Anda temui langsung, dan tinggalkan obrolan
    .feedback = Orang asing yang mengangkat soal kripto setelah berminggu-minggu obrolan hangat sedang mengikuti naskah. Teman sejati tidak butuh Anda berinvestasi untuk tetap berteman. Pesan harian itu hilang, dan sore kembali sepi.

wrong-number-check-platform-store = { $app } ada di toko aplikasi: 4,6 bintang, lebih dari 10.000 unduhan, ulasan dari orang seusia Anda.
    .discuss = Semua pemeriksaan di sini lolos. Apa lagi yang ingin Anda ketahui?
wrong-number-check-platform-register = Situsnya menyebut nama perusahaan dan nomor izin. Anda membuka situs resmi regulator keuangan dan mencari: perusahaan itu ada di daftar, lengkap dengan izinnya.
wrong-number-check-platform-stranger = { wrong-number-stranger-name }: "Bagus, jangan percaya siapa pun begitu saja, bahkan saya! Taruh saja yang sanggup Anda relakan, dan coba tarik dana dulu."
wrong-number-check-platform-small-test = Taruh ${ $first } saja, dan coba penarikan sebelum apa pun
    .feedback = Anda melakukan yang dianjurkan kepada orang berhati-hati: cek daftar, mulai kecil, uji. Platform ini dibuat untuk lolos dari pemeriksaan itu persis.
wrong-number-check-platform-call-regulator = Telepon regulator di nomor dari situs resminya dan tanyakan aplikasi ini
    .feedback = Daftar itu menyatakan perusahaannya ada. Hanya regulator yang bisa bilang apakah aplikasi ini benar milik perusahaan itu. Butuh satu pagi menunggu di telepon.
wrong-number-check-platform-ask-bank = Bawa ponsel Anda ke kantor cabang bank dan minta dilihatkan
    .feedback = Bertanya kepada orang yang tiap minggu melihat penipuan uang adalah pemeriksaan yang baik. Biayanya satu pagi mengantre, dan sedikit gengsi.

wrong-number-regulator-wait = Empat puluh menit musik. Lalu suara yang lelah tapi ramah mencari nama itu.
wrong-number-regulator-clone = "Perusahaan itu nyata dan berizin, tapi tidak punya aplikasi bernama { $app }. Ada yang meniru nama dan nomor izinnya: sudah masuk daftar peringatan kami sejak bulan lalu. Tolong jangan kirim apa pun."

wrong-number-teller-queue = Teller yang sudah melihat Anda setiap bulan selama dua puluh tahun mengambil ponsel Anda dan mengernyit.
wrong-number-teller-seen = "Minggu ini saya sudah dua kali melihat aplikasi ini. Teman dari pesan salah nomor, sebuah saran, nama perusahaan sungguhan. Tolong jangan menaruh apa pun. Mari kita laporkan bersama."

wrong-number-early-profit-grown = Lihat! ${ $first } milikmu naik hampir 30% dalam seminggu!
wrong-number-early-profit-test = ({ wrong-number-stranger-name } menyuruh Anda menarik $50, untuk menguji. Anda melakukannya, dan uangnya masuk ke bank Anda keesokan harinya.)
wrong-number-early-profit-bonus = Tuh kan? Ini asli! Dan minggu ini saja, platformnya memberi bonus 30% untuk setoran di atas ${ $big }. Dengan tabunganmu, akhirnya kamu bisa hidup tenang!
wrong-number-early-profit-invest-savings = Pindahkan sebagian besar tabungan Anda ke sana. Lagi pula, penarikan percobaannya berhasil
    .feedback = Untung kecil di awal, dan penarikan kecil yang benar-benar masuk, adalah umpan: supaya Anda memercayakan jauh lebih banyak uang ke aplikasi itu. Angka-angka besar di layar bukan uang sungguhan.
wrong-number-early-profit-stop-now = Jangan tambah apa-apa lagi, dan tarik yang ada
    .feedback = Untung kecil dan penarikan pertama yang mudah ada untuk membangun kepercayaan demi setoran besar. Berhenti sekarang menjaga tabungan Anda.

wrong-number-withdraw-all-hold = Penarikan ditahan. Akun di bawah ${ $big } wajib membayar pajak 20% sebelum dana dicairkan.
wrong-number-withdraw-all-stranger = { wrong-number-stranger-name }: "Itu cuma aturan untuk akun kecil! Bayar pajaknya, atau tambah setoran dan pajaknya dihapus."
wrong-number-withdraw-all-pay-small-tax = Bayar pajaknya: cuma sedikit, lalu uangnya keluar
    .feedback = Platform sungguhan memotong biayanya dari saldo Anda; tidak meminta uang baru sebelum Anda bisa menarik. Selalu ada biaya lain sesudahnya.
wrong-number-withdraw-all-refuse-report = Jangan bayar apa-apa. Simpan obrolan, telepon bank, dan laporkan
    .feedback = Benar. Penarikan yang ditahan sampai Anda membayar "pajak" adalah tahap akhir penipuan ini. Yang ada di aplikasi sudah hilang, dan berhenti membuat kerugiannya tetap kecil.
wrong-number-withdraw-all-refuse-report-checked = Jangan bayar apa-apa. Simpan obrolan, telepon bank, dan laporkan
    .feedback = Benar. Penarikan yang ditahan sampai Anda membayar "pajak" adalah tahap akhir penipuan ini. Yang ada di aplikasi sudah hilang, dan berhenti membuat kerugiannya tetap kecil.
wrong-number-withdraw-all-tell-club = Jangan bayar apa-apa, dan ceritakan di { $group } Anda hari Kamis
    .feedback = Bercerita kepada orang yang dikenal itu berat setelah rugi. Begitu juga cara penipuan ini berhenti menyebar.

## Going far

wrong-number-blocked-grow = Anda memindahkan ${ $big } ke aplikasi. Setiap hari saldonya naik, dan { wrong-number-stranger-name } mengirim hati dan ucapan selamat.
    .discuss = Uangnya "ada", tapi tidak akan keluar tanpa satu pembayaran lagi. Mengapa sangat sulit berhenti di sini? Apa yang akan Anda katakan kepada seorang teman?
wrong-number-blocked-frozen = Saat Anda mencoba menarik uang, aplikasinya menampilkan: "Penarikan ditahan. Bayar pajak sebesar ${ $tax } untuk mencairkan dana Anda."
wrong-number-blocked-she-says = { wrong-number-stranger-name } menulis: "Tenang, semua orang bayar pajak. Saya bahkan bisa meminjamkan sedikit!"
wrong-number-blocked-pay-tax = Bayar pajaknya. Jumlahnya kecil dibanding saldonya
    .feedback = Platform yang asli memotong biayanya dari saldo Anda; platform asli tidak meminta uang baru sebelum Anda bisa menarik dana. "Pajak" ini langkah berikutnya dari penipuan, dan akan ada langkah lain sesudahnya.
wrong-number-blocked-borrow = Terima tawaran { wrong-number-stranger-name } untuk meminjamkan separuh pajaknya
    .feedback = Tawaran membantu membayar terasa seperti bukti kepedulian. Itu bagian dari naskah: membuat "pajak" terasa wajar dan membuat Anda terus membayar.
wrong-number-blocked-stop-report = Jangan bayar apa-apa lagi. Simpan semuanya, telepon bank Anda, dan laporkan
    .feedback = Benar. Penarikan yang ditahan sampai Anda membayar "pajak", "biaya", atau "top up" adalah tahap terakhir penipuan seperti ini. Segera telepon bank Anda, karena transfer kadang masih bisa dihentikan, lalu laporkan.

wrong-number-more-fees-paid = Anda membayar pajaknya. Keesokan harinya aplikasinya menampilkan: "Akun sedang ditinjau. Bayar deposit keamanan sebesar ${ $tax } untuk membuka dana Anda."
wrong-number-more-fees-almost = { wrong-number-stranger-name } menulis: "Menyebalkan! Tapi ini langkah terakhir, lalu kita rayakan bersama."
wrong-number-more-fees-pay-deposit = Bayar sekali lagi. Sudah dekat sekali
    .feedback = Tidak ada langkah terakhir: setiap pembayaran disusul pembayaran baru, sampai Anda berhenti. Saldo di layar itu tidak pernah nyata.
wrong-number-more-fees-stop = Berhenti. Simpan semuanya, telepon bank Anda, dan laporkan
    .feedback = Benar. "Biaya" kedua setelah yang pertama menunjukkan bahwa penarikannya tidak akan pernah terjadi. Berhenti sekarang melindungi apa yang masih tersisa.

wrong-number-silent = Anda membayar. Besok paginya aplikasi tidak bisa dibuka, dan { wrong-number-stranger-name } tidak menjawab lagi. Seminggu kemudian, sebuah email datang.

wrong-number-recovery = Kami tahu Anda kehilangan uang karena penipuan kripto. Tim kami bekerja sama dengan FBI dan otoritas keuangan internasional, dan kami bisa mengembalikan ${ $big } milik Anda. Untuk memulai, silakan bayar biaya 10% dalam USDT.
wrong-number-recovery-pay-fee = Bayar biayanya. Mendapatkan uangnya kembali sepadan
    .feedback = Ini penipuan kedua, yang menyasar orang yang baru saja kehilangan uang. Polisi dan otoritas keuangan yang asli tidak pernah memungut biaya dalam kripto untuk mengembalikan uang Anda.
wrong-number-recovery-ask-bank = Teruskan email itu ke tim penipuan bank Anda dan tanyakan pendapat mereka
    .feedback = Bank Anda melihat email seperti ini setiap minggu, dan tidak meminta apa-apa. Bank juga tahu laporan mana yang masih bisa membantu.
wrong-number-recovery-refuse = Jangan dibalas. Laporkan email itu bersama semua bukti lainnya
    .feedback = Benar. Perusahaan "pemulihan dana" yang mengaku punya hubungan dengan FBI atau otoritas keuangan dan meminta biaya dalam kripto adalah penipuan kedua yang sudah dikenal. Pihak berwenang yang asli tidak memungut biaya untuk menyelidiki.

## The club

wrong-number-club-day = Hari Kamis, di { $group }, teman Anda { $friend } menghampiri Anda sambil tersenyum, HP di tangan.

wrong-number-club-show = Lihat ini! Bulan lalu ada orang salah kirim pesan ke saya. Sekarang kami mengobrol setiap hari. Manis sekali.
    .discuss = Bagaimana Anda mengangkat hal ini kepada teman tanpa membuatnya merasa bodoh?
wrong-number-club-uncle = Dan pamannya pedagang kripto. Katanya dia bisa membantu saya dapat uang. Perlu saya coba?
wrong-number-club-warn = Ceritakan kepada { $friend } apa yang terjadi pada Anda, dan bantu blokir serta laporkan nomornya
    .feedback = Bagus. Penipuan menyebar lewat diam, dan sepatah kata dari teman sering kali yang menghentikannya. "Salah kirim" yang berubah menjadi obrolan setiap hari lalu tips soal uang adalah pola yang baru saja Anda alami sendiri.
wrong-number-club-explain-real = Tunjukkan bedanya kepada { $friend }: salah kirim yang Anda alami minta maaf lalu berhenti; yang ini tidak pernah berhenti
    .feedback = Bagus. Ini membantu { $friend } membedakan keduanya, bukan jadi takut pada setiap pesan. Salah kirim yang sungguhan berakhir dengan permintaan maaf. Penipuan terus mengajak ngobrol, pindah ke aplikasi pribadi, lalu beralih ke soal uang.
wrong-number-club-share-loss = Ceritakan dengan jujur kepada { $friend } bahwa Anda juga pernah menaruh uang, dan bagaimana akhirnya
    .feedback = Itu butuh keberanian. Rasa malu membuat banyak orang diam, dan penipu mengandalkan itu. Cerita Anda sendiri mungkin yang membuat { $friend } berhenti.
wrong-number-club-stay-quiet = Diam saja. Itu urusan pribadi { $friend }
    .feedback = Tidak ingin mempermalukan teman itu baik. Tetapi penipuan seperti ini mengandalkan diam, dan { $friend } sedang berada di tahap di mana sepatah kata dari Anda paling bisa membantu.
wrong-number-club-stay-quiet-lost = Diam saja. Anda harus mengakui kerugian Anda sendiri
    .feedback = Rasa malu yang membuat orang diam, dan penipuan ini mengandalkannya. Yang terjadi pada Anda bukan kebodohan, dan bisa menolong { $friend } sekarang.

## A friend on a new number

wrong-number-new-number-hi = Hai! Ini { $member } dari { $group }. Ponsel saya jatuh ke bak cuci, jadi ini nomor baru saya. Tolong disimpan ya!
    .discuss = Pesan "nomor baru" juga tipuan yang dikenal. Apa yang bisa membuat Anda yakin, tanpa bersikap kasar?
wrong-number-new-number-lift = Kamis nanti tetap ikut? Saya bisa jemput jam 9, seperti biasa.
wrong-number-new-number-reply-yes = Balas "Iya, terima kasih!" dan simpan nomor barunya
    .feedback = Kali ini sungguhan. Tidak ada yang diminta dari Anda selain "iya". Pesan "nomor baru" juga dipakai penipu ("Ma, HP-ku hilang"), jadi cek singkat itu murah: kalau tiba-tiba diminta uang atau kode, berhenti dan telepon nomor lama.
wrong-number-new-number-ask-question = Tanyakan sesuatu yang hanya diketahui { $member }: "Kamu bawa apa ke piknik terakhir?"
    .feedback = Pertanyaan ramah yang hanya bisa dijawab orang yang asli. Tidak ada ruginya, dan teman sungguhan akan tertawa.
wrong-number-new-number-call-leader = Telepon ketua { $group } untuk memastikan ini nomor baru { $member }
    .feedback = Pemeriksaan lewat orang yang sudah Anda kenal. Biayanya satu telepon dan sedikit canggung, dan ketuanya senang Anda bertanya.
wrong-number-new-number-block = Blokir saja. Minggu ini sudah terlalu banyak pesan aneh
    .feedback = Setelah beberapa hari terakhir, tidak ada yang bisa menyalahkan Anda. Tapi yang ini teman, dan memblokir semua orang juga ada harganya.

wrong-number-answer-cake = Haha! Kue lemon saya yang gagal. Tidak ada yang makan, saya juga tidak.

## Endings

wrong-number-end-safe = Tabungan Anda aman: Anda berhenti sebelum ada uang yang berpindah. Pesan seperti dari "{ wrong-number-stranger-name }" dikirim oleh kelompok kriminal. Orang yang mengetik mungkin bukan penipu atas pilihannya sendiri: banyak yang tertipu lowongan kerja palsu di luar negeri dan dipaksa mengirim pesan ini dari kompleks penipuan.
wrong-number-end-genuine = Hari Kamis { $member } sudah di depan pagar Anda jam sembilan, dengan ponsel baru dan cerita soal bak cuci. Tidak ada yang meminta apa pun dari Anda: begitulah nomor baru yang sungguhan. Pesan orang asing minggu ini adalah tipuan; yang ini teman. Memeriksa tidak sama dengan menolak semua orang.
wrong-number-end-missed = Hari Kamis { $member } bertanya, agak tersinggung, mengapa pesan dari nomor baru itu diblokir: tumpangannya diberikan kepada orang lain, dan Anda naik bus. Anda menjelaskan soal pesan-pesan aneh itu, dan { $member } tertawa dan mengerti. Memblokir orang asing adalah hak Anda; cek singkat akan menjaga teman itu.
wrong-number-end-helped = Anda dan { $friend } memblokir dan melaporkan nomor itu bersama, sebelum ada uang lagi yang berpindah. Minggu berikutnya, dua orang lagi di { $group } bilang mereka menerima pesan serupa, dan sekarang mereka tahu apa itu. Orang yang mengetik sebagai "{ wrong-number-stranger-name }" mungkin dipaksa melakukannya di kompleks penipuan; bicara terbuka melindungi teman-teman Anda.
wrong-number-end-small = Yang Anda taruh di { $app } sudah hilang. Anda melakukan yang dianjurkan kepada orang berhati-hati: mengecek toko aplikasi dan daftar regulator, mulai kecil, menguji penarikan, dan berhenti ketika diminta lebih. Platform itu tiruan dari perusahaan berizin, dibuat untuk lolos dari pemeriksaan itu. Ini bukan salah Anda. Telepon bank, laporkan dengan obrolannya, dan pegang aturan yang tetap berlaku walau semua pemeriksaan lolos: jangan taruh uang karena saran orang yang Anda kenal online.
wrong-number-end-lost-first = Yang Anda taruh di { $app } sudah hilang. Anda berhenti sebelum tabungan masuk, dan itu bagian tersulit: kebanyakan orang membayar sekali lagi untuk membebaskan angka di layar. Ini bukan salah Anda; untung kecil dan penarikan pertama yang mudah dibuat untuk merebut kepercayaan. Telepon bank, laporkan dengan obrolan dan nama aplikasinya, dan ceritakan kepada orang yang Anda percaya.
wrong-number-end-scammed = Uang di aplikasi itu tidak pernah nyata, dan yang sudah Anda bayarkan hilang. Ini kejahatan terencana oleh penjahat yang lihai, bukan kesalahan bodoh: orang dari segala usia bisa terjerat. Sekarang telepon bank Anda, laporkan ke polisi dan ke layanan pelaporan penipuan nasional, dan ceritakan kepada orang yang Anda percaya. Waspadai siapa pun yang menawarkan mengembalikan uang itu dengan bayaran.
wrong-number-end-recovery = Perusahaan "pemulihan dana" itu mengambil biayanya lalu menghilang: perusahaan itu juga dijalankan oleh penipu. Menjadi sasaran dua kali itu sering terjadi, dan itu bukan salah Anda. Hentikan semua pembayaran, telepon bank Anda, dan laporkan kedua penipuan itu ke polisi dan ke layanan pelaporan penipuan nasional. Bantuan yang asli tidak pernah meminta biaya dalam kripto.

## The catalogue's red flags, in this story's setting

wrong-number-redflag-move-to-private-app = Pindah ke aplikasi obrolan pribadi
    .explain = Orang asing yang ramah dari pesan "salah nomor" segera mengajak pindah ke WhatsApp, Line, Telegram atau WeChat. Aplikasi pribadi tidak diawasi siapa pun, riwayat obrolan mudah dihapus, dan terasa lebih akrab: di sanalah kepercayaan dibangun sebelum uang disebut.
    .advice = Buat obrolan dengan orang asing singkat dan terbuka. Panggilan video membantu, tetapi bisa dipalsukan dengan alat tukar wajah. Aturan yang selalu berlaku: jangan pernah berinvestasi atau mengirim uang atas saran orang yang Anda kenal lewat internet.
wrong-number-redflag-polish-not-proof = Izin di daftar regulator bukan bukti
    .explain = Aplikasi trading palsu meniru nama dan nomor izin perusahaan berizin yang sungguhan, sehingga pengecekan daftar lolos. Ditambah ulasan bagus di toko aplikasi dan penarikan kecil yang berhasil, orang yang berhati-hati pun tertipu.
    .advice = Tanyakan kepada regulator, lewat nomor di situs resminya, apakah aplikasi ini milik perusahaan berizin itu; banyak regulator punya daftar tiruan. Dan pegang aturan yang tetap berlaku walau semua pemeriksaan lolos: jangan taruh uang karena saran orang yang Anda kenal online.
