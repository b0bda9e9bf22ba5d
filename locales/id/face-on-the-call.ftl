# Machine-drafted translation: needs review by a native speaker.
face-on-the-call-title = Wajah di panggilan video
face-on-the-call-summary = Seorang pria yang Anda kenal lewat internet lolos dari ujian yang selalu dianjurkan orang: dia mau video call, dan wajahnya nyata. Anda seorang perempuan berusia lima puluhan di Australia, dan Anda yang memutuskan apa arti wajah yang nyata.

## Characters

face-on-the-call-character-man = { $man }
face-on-the-call-character-genuine = { $genuine }
face-on-the-call-character-daughter = { $daughter }, putri Anda
face-on-the-call-character-platform = { $platform }

## Variables

face-on-the-call-city-perth = Perth
face-on-the-call-city-adelaide = Adelaide
face-on-the-call-city-geelong = Geelong
face-on-the-call-man-david = David
face-on-the-call-man-michael = Michael
face-on-the-call-man-andrew = Andrew
face-on-the-call-genuine-graham = Graham
face-on-the-call-genuine-steve = Steve
face-on-the-call-genuine-phil = Phil
face-on-the-call-daughter-jess = Jess
face-on-the-call-daughter-amy = Amy
face-on-the-call-daughter-kate = Kate
face-on-the-call-friend-carol = Carol
face-on-the-call-friend-lyn = Lyn
face-on-the-call-friend-sue = Sue
face-on-the-call-platform-aurum = Aurum Bullion Markets
face-on-the-call-platform-goldcrest = Goldcrest Capital
face-on-the-call-platform-meridian = Meridian Metals Trading

## Two messages

face-on-the-call-start = Anda berusia 54 tahun dan tinggal di { $city }. Pernikahan Anda berakhir empat tahun lalu, anak-anak sudah dewasa, dan malam terasa panjang. Putri Anda, { $daughter }, membuatkan profil kencan untuk Anda dan memberi satu aturan: "Kalau dia tidak mau video call, dia penipu. Pria sungguhan mau menunjukkan wajahnya."
    .discuss = Di mana Anda pernah mendengar nasihat seperti nasihat { $daughter }? Apa yang sebenarnya dibuktikan oleh video call?

face-on-the-call-inbox = Minggu ini dua pria mengirim pesan. { $man } adalah insinyur sipil dari { $city }, duda, sedang kontrak kerja di Dubai: wajahnya ramah, fotonya bagus, pesannya panjang dan membuat Anda tersenyum. { $genuine } adalah pensiunan tukang listrik yang tinggal dua puluh menit dari rumah Anda. Pesannya tiga baris dengan satu salah ketik, dan fotonya berisi anjingnya dan kebun sayurnya.
face-on-the-call-inbox-reply-man = Balas { $man }. Pesannya yang Anda baca dua kali.
    .feedback = Tidak ada yang salah dengan itu. Pesan yang hangat dan ditulis dengan baik akan dibalas siapa saja. Yang penting adalah apa yang terjadi sesudahnya.
face-on-the-call-inbox-reply-genuine = Balas { $genuine }. Dekat, dan mudah diajak minum kopi.
    .feedback = Pilihan yang baik. Orang yang tinggal dekat bisa ditemui di tempat umum, dan di sana banyak hal yang perlu Anda ketahui menjadi jelas.
face-on-the-call-inbox-reply-both = Balas keduanya, dan lihat siapa yang cocok
    .feedback = Hal yang biasa di situs kencan. Anda mulai dengan pesan panjang dari { $man }.

## The stranger

face-on-the-call-man-chat-hello = Senyum Anda indah sekali. Saya hampir tidak jadi menulis, saya tidak pandai begini.
    .discuss = Pria yang jauh, duda, dengan pekerjaan bagus: mengapa penipu mungkin memilih cerita seperti ini?
face-on-the-call-man-chat-story = Istri saya meninggal tiga tahun lalu. Putri saya kuliah di Sydney. Saya di Dubai sampai proyek selesai musim semi nanti, lalu saya pulang untuk seterusnya.
face-on-the-call-man-chat-move = Saya jarang sekali membuka situs ini, saya terus ter-logout. Bisa kita ngobrol di WhatsApp? Ini nomor saya.
face-on-the-call-man-chat-whatsapp = Kirim pesan kepadanya di WhatsApp
    .feedback = Pindah cepat dari situs kencan ke aplikasi pribadi adalah langkah pertama yang umum: di sana, situs tidak bisa lagi melihat obrolan atau menghapus akunnya. Banyak orang sungguhan juga pindah aplikasi, jadi perhatikan apa yang terjadi berikutnya.
face-on-the-call-man-chat-video-first = "Sebelum yang lain, saya ingin video call sebentar."
    .feedback = Anda memakai ujian yang diajarkan { $daughter }, dan Anda tetap di situs itu saat melakukannya. Perhatikan apa yang bisa dan tidak bisa ditunjukkan oleh panggilan itu.
face-on-the-call-man-chat-stay-app = "Kita ngobrol di sini saja dulu."
    .feedback = Tetap di situs membuat alat pelaporannya tetap dekat. Mungkin kehangatannya sedikit berkurang; lihat bagaimana dia menanggapi "belum dulu" yang kecil.

face-on-the-call-stay = Tentu, tidak usah buru-buru. Saya juga kuno. Biar saya buktikan lebih dari sekadar pesan: kita video call hari Minggu, supaya Anda tahu saya nyata.

face-on-the-call-whatsapp-morning = Selamat pagi, cantik. Di sini masih jam 5 pagi dan Anda yang pertama saya pikirkan.
face-on-the-call-whatsapp-daughter = Putri saya pasti suka Anda. Katanya bulan ini saya lebih banyak tersenyum daripada tiga tahun terakhir.
face-on-the-call-whatsapp-future = Kalau saya sudah pulang, saya ingin mengajak Anda menyusuri jalan pantai. Hanya kita berdua.
face-on-the-call-whatsapp-ask-video = Minta video call, seperti kata { $daughter }
    .feedback = Permintaan yang wajar. Banyak penipu menghindarinya, jadi cara ini memang menangkap sebagian. Perhatikan apa yang bisa dan tidak bisa ditunjukkan oleh panggilan itu.
face-on-the-call-whatsapp-enjoy = Nikmati saja. Sudah lama tidak ada yang menulis seperti ini kepada Anda.
    .feedback = Ini love bombing: perasaan besar setelah beberapa minggu, masa depan bersama, pesan setiap pagi. Cara ini berhasil karena memenuhi kebutuhan yang nyata. Setelah pindah ke WhatsApp, inilah langkah biasa berikutnya.
face-on-the-call-whatsapp-slow-down = Katakan bahwa semua ini agak terlalu cepat bagi Anda
    .feedback = Wajar untuk dikatakan, dan Anda mengatakannya dengan baik. Orang yang peduli bisa berjalan lebih pelan. Lihat bagaimana dia menjawab.

face-on-the-call-offers-call = Saya tahu saya terlalu bersemangat. Anda berhak melihat dengan siapa Anda bicara. Video call malam ini, jam 8 waktu Anda?

## The call

face-on-the-call-call-connects = Panggilan tersambung. Itu memang dia: wajah yang sama dengan fotonya, uban di pelipis, menertawakan dirinya sendiri karena tidak menemukan tombol yang benar. Dia menyebut nama Anda persis seperti dia menuliskannya. Di belakangnya: apartemen kecil, helm proyek di rak, jendela dengan gedung-gedung tinggi. Gambarnya membeku sedetik, lalu menyusul lagi.
    .discuss = Semua di sini cocok dengan fotonya. Sebutkan tiga cara panggilan seperti ini tetap bisa palsu.
face-on-the-call-the-call-short = Sinyal di sini jelek sekali, sayang. Saya harus pergi, besok berangkat pagi. Jam yang sama hari Minggu?
face-on-the-call-the-call-convinced = Dia nyata. Ujian { $daughter } sudah lulus.
    .feedback = Rasanya seperti bukti, dan memang itu tujuannya. Sekarang wajah di panggilan bisa berupa tukar wajah secara langsung, atau pria sungguhan yang dibayar atau dipaksa duduk di depan kamera sementara orang lain yang mengetik. Panggilan membantu, tetapi membuktikan lebih sedikit daripada kelihatannya. Aturan yang selalu berlaku: jangan pernah mengirim uang atau berinvestasi atas saran orang yang Anda kenal lewat internet.
face-on-the-call-the-call-odd-details = Perhatikan gambar yang membeku dan panggilan yang singkat. Lain kali, minta dia menoleh dan melewatkan tangan di depan wajahnya.
    .feedback = Ide yang jeli: tukar wajah yang murahan bisa kabur saat tangan melintas di depan wajah. Tetapi yang bagus mungkin tidak, dan orang sungguhan yang dibayar untuk melakukan panggilan lolos dari semua ujian seperti ini. Pemeriksaan wajah bisa gagal; pemeriksaan atas apa yang dia minta dari Anda tidak.
face-on-the-call-the-call-tell-daughter = Ceritakan panggilan itu kepada { $daughter }
    .feedback = Bercerita kepada orang dekat itu baik: rahasia membantu penipu. Tetapi { $daughter } diajari ujian yang sama dengan Anda, dan ujian itu baru saja lulus.

face-on-the-call-second-call-wave = Hari Minggu dia menoleh ke kiri dan ke kanan, tertawa, melambaikan tangan di depan wajahnya. Tidak ada yang kabur. "Puas, Bu Detektif?"
face-on-the-call-second-call-hurt = Dia tersenyum, tetapi Anda bisa mendengar dia sedikit tersinggung. Panggilannya lebih singkat daripada yang pertama.

face-on-the-call-daughter-happy = { $daughter } senang sekali. "Tuh kan? Dia mau video call. Sudah kubilang, Bu, begitu cara tahunya." Dia membuat Anda berjanji mengajak pria itu saat Natal.

## The tip

face-on-the-call-weeks = Minggu demi minggu berlalu. Pesan setiap pagi, panggilan setiap Minggu. Dalam salah satu panggilan, Anda bercerita bahwa Anda khawatir soal hidup dari dana pensiun (super) Anda.
    .discuss = Mengapa saran itu baru datang sekarang, setelah berminggu-minggu, dan setelah panggilan-panggilan itu?
face-on-the-call-tip-gold = Jangan khawatir soal itu, sayang. Saya trading emas di { $platform }, mentor saya mengirimkan sinyal. Dari situ saya membiayai kuliah putri saya.
face-on-the-call-tip-small = Mulai kecil saja, ${ $first }, nanti saya bimbing. Saya hanya ingin tahu Anda terjamin. Nanti saya kirim tautannya.
face-on-the-call-tip-try-small = Masukkan ${ $first }. Anda sudah melihat wajahnya; dia nyata.
    .feedback = Wajahnya mungkin nyata, dan sarannya tetap penipuan. Saran soal uang dari orang yang Anda kenal lewat internet adalah inti kejahatan ini, dan video call tidak mengubahnya. Apa pun yang Anda lihat di platform yang dia tunjukkan adalah apa pun yang ingin ditunjukkan pemiliknya.
face-on-the-call-tip-check-platform = Sebelum apa pun, cari sendiri { $platform } di daftar resmi regulator
    .feedback = Hati-hati, dan lebih baik daripada memercayai tautannya. Lihat apa yang bisa dan tidak bisa diberitahukan daftar itu.
face-on-the-call-tip-decline = "Saya tidak mencampur uang dan cinta. Tidak, tapi terima kasih."
    .feedback = Anda memegang aturan yang melindungi bahkan saat wajahnya nyata: tidak ada uang atas saran orang yang Anda kenal lewat internet. Ini mungkin ada harganya: lihat bagaimana dia menanggapinya.

face-on-the-call-register = Di daftar profesional ASIC, situs web resmi regulator, namanya ada: { $platform }, perusahaan berizin di Sydney, dengan nomor izin yang sama dengan situs yang dia kirim. Hati Anda lega. Daftar itu mencantumkan alamat kantor dan nomor telepon; situs miliknya punya jendela obrolan dan layanan pelanggan lewat WhatsApp.
face-on-the-call-register-good-enough = Perusahaannya berizin. Masukkan ${ $first }.
    .feedback = Anda sudah memeriksa, dan izinnya asli: milik perusahaan sungguhan. Penipu menyalin nama dan nomor izin perusahaan berizin, lalu membuat situs tiruan. Situs yang bagus dan nomor izin yang asli bukan bukti bahwa Anda berurusan dengan perusahaan itu.
face-on-the-call-register-compare = Telepon nomor yang ada di daftar, bukan yang ada di situsnya, dan tanyakan apakah situs itu milik mereka
    .feedback = Begini cara pemeriksaan bisa bertahan: lewat kontak yang Anda temukan sendiri, bukan yang dikirimkan kepada Anda.
face-on-the-call-register-ask-bank = Bawa ke kantor cabang bank Anda sebelum mengirim apa pun
    .feedback = Langkah yang baik. Petugas bank melihat skema seperti ini setiap minggu, dan mereka memeriksa lewat jalur yang tidak bisa dibelokkan dari Anda.

face-on-the-call-bank = Di kantor cabang, seorang petugas dari tim penipuan bank memandangi tautan itu cukup lama. Lalu dia menelepon perusahaan itu di nomor dari daftar regulator, dengan Anda di sampingnya.

face-on-the-call-clone-found = { $platform } yang asli menjawab dengan sopan dan lelah. "Situs itu bukan milik kami. Ada yang memakai nama dan nomor izin kami. Anda penelepon keempat bulan ini." Wajah di layar kunci ponsel Anda tersenyum kepada Anda.
    .discuss = Daftarnya asli dan izinnya asli. Apa yang membuat perbedaan?
face-on-the-call-clone-found-tell-man = Ceritakan temuan Anda kepada { $man }. Mungkin dia juga tertipu.
    .feedback = Pikiran yang baik, dan umum. Tetapi penipu selalu punya jawaban, dan jawabannya biasanya datang bersama panggilan lain untuk membuat Anda yakin lagi.
face-on-the-call-clone-found-block-report = Blokir dia, dan laporkan profil serta situsnya ke situs kencan dan Scamwatch
    .feedback = Senyata apa pun wajahnya, sarannya itulah penipuannya. Laporan membantu menurunkan profil dan situs itu sebelum menjangkau orang berikutnya.

## When you say no

face-on-the-call-pushback-hurt = Setelah semua panggilan, setiap pagi, Anda pikir saya pembohong? Anda sudah MELIHAT saya.
face-on-the-call-pushback-proof = Lihat saya. Lihat saya dan katakan saya tidak nyata.
face-on-the-call-pushback-last = Saya tidak bisa bersama orang yang tidak percaya kepada saya. Tunjukkan bahwa Anda percaya, atau ini perpisahan.
face-on-the-call-pushback-hold-rule = "Saya percaya kamu nyata. Tapi saya tetap tidak akan mengirim uang atas saran siapa pun."
    .feedback = Inilah aturan yang melindungi saat semua pemeriksaan lain sudah lolos. Anda tidak perlu memutuskan apakah wajahnya nyata. Ada harganya, dan aturan ini menjaga Anda tetap aman.
face-on-the-call-pushback-give-in = Minta maaf, dan masukkan ${ $first } untuk menunjukkan bahwa Anda percaya kepadanya
    .feedback = "Tunjukkan bahwa kamu percaya" mengubah uang menjadi ujian cinta. Cara ini berhasil pada orang baik karena mereka tidak ingin menyakiti siapa pun. Orang sungguhan bisa dipercaya tanpa menyuruh Anda menaruh uang di mana.
face-on-the-call-pushback-give-in-more = Minta maaf, dan lakukan setoran besar itu untuk menunjukkan bahwa Anda percaya kepadanya
    .feedback = "Tunjukkan bahwa kamu percaya" mengubah uang menjadi ujian cinta. Cara ini berhasil pada orang baik karena mereka tidak ingin menyakiti siapa pun. Orang sungguhan bisa dipercaya tanpa menyuruh Anda menaruh uang di mana.
face-on-the-call-pushback-ask-time = Minta waktu seminggu untuk berpikir, dan bicarakan dengan { $daughter }
    .feedback = Meminta waktu selalu boleh. "Kesempatan terakhir" ada justru untuk mencegah hal ini.
face-on-the-call-pushback-ask-time-late = Minta waktu seminggu untuk berpikir, dan bicarakan dengan { $daughter }
    .feedback = Meminta waktu selalu boleh. "Kesempatan terakhir" ada justru untuk mencegah hal ini.

face-on-the-call-gone = { $man } diam, lalu mengirim pesan panjang yang sedih, lalu pesan yang marah. Kemudian nomornya tidak bisa dihubungi lagi. Rasanya lebih sakit daripada yang Anda kira. Siapa pun dia, pagi-pagi itu terasa nyata.

## The early profit

face-on-the-call-profit-balance = Selamat datang kembali. Portofolio Anda naik 18% bulan ini.
face-on-the-call-profit-withdraw = Penarikan uji coba $200: berhasil. Periksa rekening bank Anda!

face-on-the-call-event-see = Lihat? Sudah saya bilang. Sekarang dengar: sebelum keputusan suku bunga berikutnya, emas akan melonjak. Saya masukkan semuanya.
face-on-the-call-event-window = Kesempatannya hanya 48 jam. Masukkan ${ $big } dan kita aman. Untuk kita, saat saya pulang.
face-on-the-call-event-secret = Jangan bilang { $daughter } dulu. Dia akan khawatir, dan waktunya tidak ada.
    .discuss = Penarikannya benar-benar berhasil. Mengapa penipu membiarkan Anda menarik uang?
face-on-the-call-event-deposit-big = Pindahkan ${ $big } dari dana pensiun dan tabungan Anda. Bagaimanapun, penarikannya berhasil.
    .feedback = Penarikan kecil itu umpan: murah bagi mereka, dan membeli kepercayaan Anda untuk setoran yang jauh lebih besar. Tenggat waktu dan "jangan bilang putrimu" ada untuk mencegah Anda memeriksa.
face-on-the-call-event-ask-daughter = Tetap ceritakan kepada { $daughter } sebelum menyentuh tabungan Anda
    .feedback = Anda membuka rahasia yang dia minta Anda simpan. Satu langkah itu menghentikan banyak penipuan seperti ini.
face-on-the-call-event-keep-small = "Yang sudah ada biar di sana, tapi saya tidak akan menambah."
    .feedback = Menjaga jumlahnya tetap kecil membatasi kerugian. Tetapi saran itu sendiri adalah tanda bahayanya; lihat apa yang dia lakukan saat Anda berhenti menambah.

face-on-the-call-daughter-talk-saw = Tapi Ibu sudah melihatnya, Bu. Itu kan ujiannya.
face-on-the-call-daughter-talk-but = Tunggu. Dia menyuruh Ibu menaruh uang di mana? Tidak ada yang bilang aku harus memeriksa bagian itu.
face-on-the-call-daughter-talk-stop-clean = Berhenti: tidak ada uang atas sarannya, siapa pun dia
    .feedback = Benar. Anda tidak perlu membuktikan dia palsu. Saran dari orang yang dikenal lewat internet sudah cukup menjadi alasan untuk menolak.
face-on-the-call-daughter-talk-look-together = Cari { $platform } bersama-sama di daftar resmi regulator
    .feedback = Dua orang memeriksa lebih baik daripada satu. Lihat apa yang bisa dan tidak bisa diberitahukan daftar itu.
face-on-the-call-daughter-talk-carry-on = { $daughter } belum pernah bertemu dia. Lakukan apa yang dia katakan.
    .feedback = Dia menempatkan dirinya di antara Anda dan keluarga Anda: langkah yang umum. Pasangan sungguhan senang ketika keluarga Anda bertanya.

face-on-the-call-daughter-worry-saw = Tapi Ibu sudah melihatnya, Bu. Itu kan ujiannya. Dan penarikannya berhasil.
face-on-the-call-daughter-worry-but = Tunggu. Dia menyuruh Ibu menaruh uang di mana? Tidak ada yang bilang aku harus memeriksa bagian itu.
face-on-the-call-daughter-worry-stop-now = Berhenti: tidak ada uang lagi. Coba tarik kembali yang sudah Anda masukkan.
    .feedback = Benar, dan sulit dilakukan saat uang sudah masuk. Berhenti sekarang itulah yang melindungi sisa tabungan Anda.
face-on-the-call-daughter-worry-to-bank = Besok pergi bersama ke kantor cabang bank Anda dan tunjukkan semuanya
    .feedback = Langkah yang baik. Petugas bank melihat skema seperti ini setiap minggu. Pergi bersama juga membuka rahasia yang dia minta Anda simpan.
face-on-the-call-daughter-worry-carry-on = { $daughter } belum pernah bertemu dia. Lakukan setoran besar itu.
    .feedback = Dia menempatkan dirinya di antara Anda dan keluarga Anda: langkah yang umum. Pasangan sungguhan senang ketika keluarga Anda bertanya.

face-on-the-call-bank-late = Di kantor cabang, seorang petugas dari tim penipuan bank menelepon { $platform } di nomor dari daftar regulator. "Situs itu bukan milik kami," kata perusahaan yang asli. "Ada yang memakai nama dan nomor izin kami." Penarikan uji coba itu, jelasnya, adalah umpan.

face-on-the-call-small-loss = Anda meminta penarikan saldo Anda. "Ditahan: wajib membayar pajak pencairan ${ $fee }." Anda tidak membayarnya. { $man } manis, lalu dingin, lalu menghilang. ${ $first } itu tidak akan kembali. Sisa tabungan Anda aman.
face-on-the-call-small-loss-report = Telepon bank Anda dan laporkan ke ReportCyber dan Scamwatch
    .feedback = Melaporkan kerugian kecil pun membantu: polisi menghubungkan kasus lewat situs yang sama, wajah yang sama, dompet kripto yang sama.
face-on-the-call-small-loss-tell-friend = Ceritakan kepada { $friend } di klub buku apa yang terjadi
    .feedback = Bercerita kepada orang lain itu berat, dan itu mematahkan kebisuan yang diandalkan skema seperti ini.

## The blocked withdrawal

face-on-the-call-blocked-request = Permintaan penarikan: seluruh saldo. Status: DITAHAN.
face-on-the-call-blocked-tax = Keuntungan harus dipajaki sebelum dicairkan. Bayar pajak sebesar ${ $fee } dari dana luar.
face-on-the-call-blocked-deadline = Bayar dalam 72 jam, atau akun akan dibekukan demi kepatuhan.
face-on-the-call-blocked-pay-fee = Bayar ${ $fee }. Memang banyak, tapi jauh lebih kecil daripada saldonya.
    .feedback = Pajak yang asli dibayar ke kantor pajak, bukan ke platform untuk membuka uang Anda sendiri. Saldo itu hanya angka di layar yang dikendalikan para penipu, dan setiap biaya akan disusul biaya lain.
face-on-the-call-blocked-refuse = Tolak. Minta mereka memotong pajaknya dari saldo.
    .feedback = Benar. Kalau uangnya memang ada, biaya apa pun bisa dipotong dari situ. Meminta uang baru sebelum Anda bisa mengambil uang Anda sendiri adalah tanda bahwa tidak ada apa-apa untuk diambil.
face-on-the-call-blocked-ask-man = Tanyakan kepada { $man } apa yang harus dilakukan
    .feedback = Anda bertanya kepada satu-satunya orang yang mengirim Anda ke sana. Dengarkan apakah jawabannya melindungi Anda, atau melindungi platform itu.

face-on-the-call-man-fee-half = Itu biasa, sayang, aturan pajak di sini begitu. Malam ini saya kirim separuhnya ke Anda, Anda bayar sisanya.
face-on-the-call-man-fee-call = Besok saya telepon lagi, kita rayakan.
face-on-the-call-man-fee-pay = Bayar biayanya. Toh dia membayar separuh.
    .feedback = "Separuh" darinya tidak pernah benar-benar dikirim, dan janji panggilan membuat Anda tetap merasa aman. Setiap biaya akan disusul biaya lain.
face-on-the-call-man-fee-refuse = Tolak. Pajak sungguhan tidak dibayar ke situs trading.
    .feedback = Benar. Meskipun didukung wajah yang Anda percayai, biaya untuk membuka uang Anda sendiri adalah tanda bahwa tidak ada apa-apa di sana.

face-on-the-call-stopped = Saat Anda berhenti membayar, { $man } manis, lalu dingin, lalu marah. Kemudian nomornya tidak aktif dan situsnya tidak bisa dibuka. Anda merasa mual dan malu. Tetapi ini dilakukan terhadap Anda oleh kelompok terorganisir yang melakukannya kepada ribuan orang.
face-on-the-call-stopped-report = Telepon layanan penipuan bank Anda sekarang, dan laporkan ke ReportCyber dan Scamwatch
    .feedback = Kecepatan penting: bank mungkin bisa menghentikan pembayaran yang belum diproses. Simpan setiap obrolan, bukti pembayaran, dan alamat dompet kripto.
face-on-the-call-stopped-tell-friend = Ceritakan kepada { $friend } di klub buku
    .feedback = Butuh keberanian untuk bercerita. Itu juga mematahkan kebisuan yang diandalkan para penipu.

## Afterwards

face-on-the-call-aftermath = Anda memblokir nomornya dan melaporkannya ke situs kencan dan Scamwatch. Anda tidak mengirim apa pun atas sarannya, dan tetap saja rasanya sakit. { $daughter } diam sejenak, lalu berkata: "Aku yang bilang soal video itu. Maaf ya, Bu."
face-on-the-call-aftermath-tell-friend = Ceritakan kepada { $friend } di klub buku
    .feedback = Berbagi cerita bisa melindungi orang lain, dan mengatakannya dengan lantang juga membantu Anda.
face-on-the-call-aftermath-write-genuine = Balas pesan { $genuine }, yang punya kebun sayur
    .feedback = Memberi kesempatan kepada orang lain setelah penipuan butuh keberanian. Sekarang Anda tahu apa yang perlu diperhatikan.
face-on-the-call-aftermath-rest = Berhenti dulu dari urusan kencan
    .feedback = Wajar. Istirahat bukan menyerah, dan tabungan Anda tetap utuh.

## The friend

face-on-the-call-club-news = { $friend } tidak bisa berhenti tersenyum. "Aku kenal seseorang! Kami video call setiap malam. Dan dia membantuku trading emas. Bulan lalu aku masukkan ${ $big }. Sekarang mereka minta pajak sebelum aku bisa menariknya, tapi katanya itu biasa."
    .discuss = { $friend } sudah membayar. Apa yang masih bisa dilakukan seorang teman saat ini?
face-on-the-call-club-photo = Dia menunjukkan foto pria itu. Nama lain, cerita lain. Wajah yang sama.
face-on-the-call-club-tell-story = Ceritakan kisah Anda dengan lembut: wajah yang sama, saran yang serupa
    .feedback = Mendengar naskah yang sama dua kali sering membuat orang berhenti. Wajah itu dipakai bersama karena ia alat, bukan orang yang memilih kalian berdua.
face-on-the-call-club-own-loss = Katakan bahwa Anda juga kehilangan uang, supaya dia tahu dia tidak bodoh
    .feedback = Kisah Anda sendiri membuatnya aman untuk mengakui apa yang terjadi. Rasa malu itulah yang membuat orang terus membayar.
face-on-the-call-club-sit-with = Jangan berdebat soal pria itu. Katakan agar dia tidak membayar pajaknya, dan tawarkan untuk menemaninya menelepon bank.
    .feedback = Biaya untuk mengambil uangnya sendiri adalah tanda paling jelas, dan Anda tidak perlu memenangkan perdebatan tentang pria itu untuk bertindak.
face-on-the-call-club-keep-quiet = Diam saja. Itu hidupnya, dan dia tampak sangat bahagia.
    .feedback = Bisa dimengerti: tidak ada yang ingin mematahkan hati teman. Tetapi kebisuan itulah yang diandalkan skema seperti ini.

## The genuine match

face-on-the-call-genuine-chat-hello = Halo. Saya tidak begitu pandai urusan online begini. Cucu perempuan saya yang memasangnya.
face-on-the-call-genuine-chat-garden = Tomat saya panen berlimpah tahun ini. Kalau Anda suka, dengan senang hati saya bawakan sekotak.
face-on-the-call-genuine-chat-coffee = Mau minum kopi di pasar hari Sabtu pagi? Tempatnya ramai, tidak ada paksaan.
    .discuss = Apa yang diminta { $genuine } dari Anda, dan apa yang tidak pernah dia minta?
face-on-the-call-genuine-chat-ask-video = Minta video call dulu, seperti kata { $daughter }
    .feedback = Masuk akal. Lihat apa yang ditunjukkan panggilan itu, dan apa yang tidak.
face-on-the-call-genuine-chat-meet = Setujui minum kopi di pasar yang ramai, dan beri tahu { $daughter } di mana Anda akan berada
    .feedback = Tempat umum yang ramai dan seseorang yang tahu di mana Anda berada: pertemuan pertama yang aman. Bertemu langsung adalah pemeriksaan yang tidak pernah bisa dilewati penipu.
face-on-the-call-genuine-chat-too-plain = Biarkan saja. Tiga baris dan satu salah ketik, sih.
    .feedback = Pesan yang rapi mudah ditulis kalau menulis adalah pekerjaan Anda, dan sebagian penipu memang menulis untuk mencari nafkah. Pesan yang sederhana juga tidak membuktikan apa-apa.

face-on-the-call-genuine-connects = Panggilan tersambung ke pemandangan kipas langit-langit, lalu sebuah telinga, lalu setengah wajah. "Sebentar, sebentar." Seekor anjing menggonggong. Gambarnya membeku. Dia muncul lagi, terbalik.
face-on-the-call-genuine-call-sorry = Maaf, saya payah soal beginian. Boleh saya telepon biasa saja? Atau kita ketemu di pasar hari Sabtu?
face-on-the-call-genuine-call-suspicious = Pria yang tidak bisa video call... Berhenti membalas.
    .feedback = Ujian yang Anda pelajari menunjuk ke arah yang salah di sini. Tidak pandai video call tidak mengatakan apa-apa tentang kejujuran, sama seperti pandai video call juga tidak. Apa yang dia minta dari Anda jauh lebih banyak bercerita: secangkir kopi di tempat umum, tidak lebih.
face-on-the-call-genuine-call-phone-then-meet = Bicara lewat telepon, lalu bertemu minum kopi di pasar yang ramai
    .feedback = Bagus. Dia tidak pernah memindahkan Anda ke aplikasi pribadi, tidak pernah mendesak, dan tidak pernah menyebut uang.
face-on-the-call-genuine-call-look-up = Tanyakan dia ikut klub berkebun yang mana. Periksa lewat teman yang ikut klub itu, lalu bertemu.
    .feedback = Pemeriksaan lewat orang yang Anda kenal sendiri itu kuat. Anda kehilangan waktu seminggu, dan dia tidak keberatan.

## Endings

face-on-the-call-end-safe = Anda tidak mengirim apa pun atas sarannya. Wajah di panggilan itu mungkin tukar wajah secara langsung, atau pria sungguhan yang dibayar untuk duduk di depan kamera sementara orang lain mengetik. Sering kali orang yang mengetik, dan kadang wajah itu sendiri, berada di kompleks penipuan, banyak dari mereka dipaksa melakukannya. Yang melindungi Anda bukan kemampuan membedakan yang asli dan yang palsu. Yang melindungi Anda adalah aturannya: tidak ada uang atas saran orang yang Anda kenal lewat internet.
face-on-the-call-end-coffee = Hari Sabtu, { $genuine } menunggu di pasar dengan sekotak tomat. Dia lebih pendek daripada di fotonya dan terlalu banyak bercerita tentang anjingnya. Tidak ada yang menyinggung uang, emas, atau rahasia. Apa pun yang terjadi selanjutnya, seperti inilah orang yang sungguhan: pelan, terbuka, dan senang terlihat.
face-on-the-call-end-alone = Anda berhenti membalas. Beberapa minggu kemudian Anda melihat { $genuine } di pasar, membagikan tomat di stan klub berkebun, mengobrol dengan tetangga Anda. Dia persis seperti yang dia katakan. Ujian video tidak bisa memberi tahu Anda hal itu. Apa yang dia minta, secangkir kopi di tempat umum, bisa.
face-on-the-call-end-scammed = { $man }, { $platform }, dan "layanan pelanggannya" adalah satu skema yang dijalankan penjahat terorganisir. Uang yang Anda masukkan sudah hilang. Itu bukan salah Anda: wajah itu, panggilan-panggilan itu, dan penarikan kecil itu dibuat untuk lolos dari setiap pemeriksaan yang Anda tahu. Telepon bank Anda, laporkan ke ReportCyber dan Scamwatch, dan simpan setiap obrolan dan bukti pembayaran. Orang di panggilan itu mungkin juga seseorang yang ditahan di kompleks penipuan dan dipaksa melakukannya. Waspadai siapa pun yang menawarkan untuk mengembalikan uang Anda dengan bayaran.
face-on-the-call-end-small = Anda sudah memeriksa: video call, daftar regulator, mulai dari jumlah kecil. Para penipu sudah menyiapkan sesuatu untuk lolos dari setiap pemeriksaan, sampai nomor izin perusahaan sungguhan. ${ $first } itu hilang, dan sisa tabungan Anda aman karena Anda berhenti. Laporkan, dan pegang aturannya: tidak ada uang atas saran orang yang Anda kenal lewat internet, senyata apa pun kelihatannya.
face-on-the-call-end-friend = { $friend } sudah membayar jauh sebelum Anda tahu. Anda melakukan semuanya dengan benar, dan tetap terlambat untuk ${ $big } miliknya. Itu juga bukan salahnya. Anda menemaninya saat dia menelepon bank dan melapor ke ReportCyber dan Scamwatch, dan dia tidak membayar pajak itu. Wajah yang sama dipakai untuk kalian berdua: mungkin tukar wajah, mungkin seorang pria di kompleks penipuan yang tidak punya pilihan.
face-on-the-call-end-friend-later = Tiga minggu kemudian { $friend } menelepon Anda sambil menangis. Dia membayar pajaknya, lalu biaya lain, lalu "biaya pencairan". Totalnya ${ $lost } hilang. Itu bukan salahnya, dan bukan salah Anda: dia sudah membayar sebelum Anda tahu. Sekarang Anda menemaninya ke bank dan membantunya melapor. Memberi tahu dia mungkin tidak menyelamatkan uangnya. Mungkin bisa menyelamatkan biaya yang terakhir.

## The catalogue's red flags, in this story's setting

face-on-the-call-redflag-move-to-private-app = Pindah ke aplikasi obrolan pribadi
    .explain = Pria ramah dari situs kencan segera mengajak pindah ke WhatsApp, lalu menawarkan video call sendiri. Kelompok penipu kini lolos dari ujian video dengan tukar wajah secara langsung, atau dengan orang sungguhan yang dibayar, atau dipaksa, duduk di depan kamera.
    .advice = Tetap di situs tempat Anda bertemu. Video call membuktikan lebih sedikit daripada kelihatannya. Aturan yang selalu berlaku: jangan pernah berinvestasi atau mengirim uang atas saran orang yang Anda kenal lewat internet, senyata apa pun dia kelihatannya.
face-on-the-call-redflag-crypto-tip-early-profit = Saran soal uang, lalu untung cepat
    .explain = Setelah berminggu-minggu kehangatan dan panggilan yang tampak nyata, saran soal emas atau kripto terasa seperti perhatian, bukan rayuan. Untung kecil atau penarikan yang berhasil membuat platform tampak nyata, supaya Anda memasukkan jauh lebih banyak.
    .advice = Jangan pernah berinvestasi karena disuruh orang yang Anda kenal lewat internet, entah Anda sudah melihat wajahnya atau belum. Periksa platform apa pun ke regulator keuangan lewat kontak yang Anda temukan sendiri, dan bicarakan dulu dengan orang yang Anda percayai.
face-on-the-call-redflag-polish-not-proof = Nomor izin yang asli bukan bukti
    .explain = Situs trading yang rapi, nomor izin yang tercantum di daftar regulator, "layanan pelanggan" yang ramah: semuanya terasa resmi. Penipu menyalin nama dan nomor izin perusahaan sungguhan yang berizin dan membuat situs tiruan, sehingga orang teliti yang memeriksa pun ikut tertipu.
    .advice = Periksa lewat kontak yang Anda temukan sendiri, bukan tautan atau nomor yang dikirimkan kepada Anda: telepon perusahaan itu di nomor yang ada di daftar regulator, atau tanyakan ke bank Anda. Dan ingat aturan yang selalu berlaku: tidak ada uang atas saran orang yang Anda kenal lewat internet.
