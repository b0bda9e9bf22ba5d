# Machine-drafted translation: needs review by a native speaker.
# The red flags: a short name, why the tactic works on people (.explain), and what to do instead (.advice).
# Ids follow scenarios/redflags.toml: redflag-<id>.

## A. Iklan lowongan

redflag-vague-role = Nama pekerjaan tidak jelas
    .explain = Nama pekerjaan seperti "digital marketing", "input data", atau "customer service" terdengar biasa dan aman, jadi hampir semua orang bisa membayangkan dirinya bekerja di sana. Iklannya sengaja dibuat samar karena pekerjaan yang sebenarnya adalah menipu orang.
    .advice = Minta uraian pekerjaan secara tertulis, serta nama lengkap dan alamat pemberi kerja. Periksa perusahaannya ke lembaga pekerja migran di negara Anda atau ke kedutaan negara tujuan.

redflag-pay-too-good = Gaji terlalu tinggi
    .explain = Gaji berkali-kali lipat dari upah biasa, tanpa perlu pengalaman, sulit ditolak, apalagi saat keuangan sedang sulit. Siapa pun bisa tergoda, dan justru karena itulah pelaku perdagangan orang memakainya.
    .advice = Bandingkan gajinya dengan gaji pekerjaan yang sama di dalam negeri dan di negara tujuan. Kalau jauh lebih tinggi dan tidak butuh keahlian, periksa dulu ke lembaga pekerja migran sebelum Anda menjawab.

redflag-all-expenses-paid = Semua biaya ditanggung
    .explain = Tiket pesawat, tempat tinggal, makan, dan visa gratis membuat kepergian terasa mudah dan aman. Belakangan, biaya-biaya ini bisa berubah menjadi utang yang katanya harus Anda lunasi dengan bekerja.
    .advice = Tanyakan siapa yang membayar dan apakah Anda akan berutang, lalu minta jawabannya tertulis dalam kontrak. Periksa tawaran itu ke lembaga pekerja migran atau kedutaan sebelum berangkat.

redflag-social-media-ad = Lowongan kerja di media sosial
    .explain = Facebook, Instagram, TikTok, dan Telegram adalah tempat banyak orang mencari kerja, dan unggahan yang dibagikan banyak orang terlihat bisa dipercaya. Agen resmi memakai jalur resmi; pelaku perdagangan orang tidak perlu begitu.
    .advice = Cari pekerjaan yang sama lewat agen perekrut resmi yang berizin. Periksa izin agen itu ke lembaga pekerja migran di negara Anda.

redflag-no-company-details = Tanpa nama perusahaan, tanpa alamat
    .explain = Tanpa nama perusahaan, alamat, atau uraian pekerjaan, tidak ada yang bisa Anda periksa dan tidak ada yang bisa dimintai tanggung jawab. Orang sering mengisi kekosongan itu dengan harapan.
    .advice = Minta nama resmi perusahaan yang terdaftar, alamatnya, dan uraian pekerjaan secara tertulis. Kalau mereka tidak mau memberikannya, jangan berangkat.

redflag-friend-vouches = Teman bilang aman
    .explain = Kita percaya pada teman dan keluarga, jadi tawaran yang datang lewat orang yang kita kenal terasa aman. Teman itu mungkin juga percaya, atau mungkin sedang ditekan oleh para perekrut.
    .advice = Ucapkan terima kasih kepada teman Anda, lalu periksa sendiri pekerjaan itu ke lembaga pekerja migran atau kedutaan. Pekerjaan yang asli tetap ada setelah Anda memeriksanya.

## B. Percakapan dengan perekrut

redflag-chat-only-unlicensed = Hanya lewat chat, tanpa agen berizin
    .explain = Perekrut yang hanya bicara lewat WhatsApp, Telegram, atau Messenger bisa menghilang kapan saja tanpa meninggalkan jejak. Kerja di luar negeri yang tidak lewat lembaga pekerja migran di negara Anda berarti Anda tidak mendapat perlindungan dari lembaga itu sama sekali.
    .advice = Tanyakan agen berizin mana yang mengurus pekerjaan itu, lalu periksa ke lembaga pekerja migran di negara Anda, misalnya KP2MI (dulu BP2MI) di Indonesia atau DMW di Filipina. Kalau pekerjaan itu tidak diurus lewat sana, jangan berangkat.

redflag-chat-interview = Wawancara cuma lewat chat
    .explain = Chat singkat dan tes mengetik terasa seperti kabar baik: Anda lulus! Tetapi pemberi kerja yang sungguhan ingin tahu keahlian Anda dan menjelaskan pekerjaannya dengan jelas.
    .advice = Minta wawancara video yang layak dengan pemberi kerja, dan tanyakan untuk siapa dan di mana Anda akan bekerja. Panggilan video membantu tetapi bisa dipalsukan, jadi periksa juga perusahaannya ke kedutaan negara itu.

redflag-upfront-fee = Bayar biaya di depan
    .explain = Setelah membayar, sulit untuk mundur, karena tidak ada yang mau kehilangan uang yang sudah dibayarkan. Perekrut palsu dan perusahaan "pemulihan dana" palsu sama-sama memakai cara ini supaya Anda terus maju, satu biaya demi satu biaya.
    .advice = Jangan mengirim uang ke perorangan untuk mendapat kerja di luar negeri atau untuk mendapatkan kembali uang yang hilang. Tanyakan ke lembaga pekerja migran biaya apa saja yang sah, tanyakan ke bank atau polisi sebelum membayar siapa pun yang menjanjikan pemulihan dana, dan selalu minta kuitansi resmi.

redflag-location-changes = Tempat kerja pindah ke negara lain
    .explain = Kabar seperti "rencananya berubah, kantornya sekarang di Kamboja" datang setelah Anda sudah setuju, jadi gampang untuk ikut saja. Pemberi kerja yang sungguhan tidak mengganti negara di menit terakhir.
    .advice = Kalau negara atau kotanya berubah, berhenti dan periksa lagi ke lembaga pekerja migran dan kedutaan. Beri tahu orang yang Anda percaya ke mana tepatnya Anda pergi.

redflag-polish-not-proof = Situs web bagus bukan bukti
    .explain = Situs web yang bagus, nomor registrasi, logo resmi, dan suara yang ramah dan sabar membuat tawaran terasa nyata. Penipu tahu ini dan meniru perusahaan dan lembaga yang asli, jadi orang yang teliti dan berpendidikan pun bisa tertipu.
    .advice = Periksa lewat jalur resmi yang Anda cari sendiri, bukan lewat tautan, nomor, atau dokumen yang mereka kirim: kedutaan, daftar perusahaan resmi di negara itu, lembaga pekerja migran, bank Anda.

redflag-pressure-no-contract = Didesak, tanpa kontrak
    .explain = Kalau ada yang bilang tempatnya sudah tidak ada besok, sulit untuk berhenti dan berpikir. Perekrut yang kesal saat ditanya mungkin sedang menyembunyikan sesuatu.
    .advice = Jangan terburu-buru, dan jangan pernah berangkat tanpa kontrak tertulis yang menyebut pemberi kerja, pekerjaan, tempat, dan gaji. Tawaran yang asli bisa menunggu beberapa hari selagi Anda memeriksanya.

## C. Perjalanan dan kedatangan

redflag-tourist-visa = Disuruh pakai visa turis
    .explain = Visa turis cepat dan murah, jadi terdengar seperti jalan pintas yang membantu. Tetapi visa turis tidak mengizinkan Anda bekerja, sehingga Anda tidak punya perlindungan hukum.
    .advice = Bekerja di luar negeri butuh visa kerja. Sebelum berangkat, tanyakan ke kedutaan negara tujuan visa apa yang dibutuhkan untuk pekerjaan itu.

redflag-coached-to-lie = Disuruh berbohong di bandara
    .explain = Disuruh bilang "mau liburan" atau pura-pura tidak kenal orang lain dalam rombongan bisa terdengar seperti trik kecil untuk menghemat waktu. Padahal itu juga membuat petugas imigrasi tidak bisa melihat bahwa Anda butuh bantuan.
    .advice = Kalau ada yang mengajari Anda apa yang harus dikatakan kepada petugas imigrasi, berhenti. Katakan yang sebenarnya kepada petugas imigrasi; mereka bisa membantu Anda.

redflag-passport-handover = Paspor diambil di bandara
    .explain = Orang yang katanya "mengurus surat-surat" bisa terasa melegakan. Tetapi paspor bisa kembali dengan cap atau dokumen palsu, yang membuat Anda tanpa perlindungan hukum, dan orang itu sudah menghilang.
    .advice = Jangan pernah menyerahkan paspor kepada siapa pun kecuali petugas resmi di loket. Kalau ada yang menawarkan untuk "membereskan" keberangkatan Anda, tinggalkan dia dan lapor ke petugas imigrasi.

redflag-indirect-route = Rute aneh dan berputar-putar
    .explain = Terbang lewat Hong Kong, Singapura, Bangkok, atau Dubai, atau naik perahu lewat "jalur belakang", katanya lebih murah atau lebih cepat. Padahal itu juga membuat petugas, dan keluarga Anda, lebih sulit mengetahui di mana Anda berada.
    .advice = Tanyakan kenapa perjalanannya tidak langsung, dan beri tahu orang yang Anda percaya setiap langkah rutenya. Kalau Anda diminta naik perahu atau menghindari pos pemeriksaan, jangan berangkat.

redflag-informal-border = Menyeberang perbatasan tidak resmi
    .explain = Setelah perjalanan panjang, sopir yang bilang "kita lewat sini saja" mudah untuk diikuti. Menyeberang di luar pos pemeriksaan, misalnya dari Thailand ke Myawaddy di Myanmar atau ke kawasan Segitiga Emas di Laos, tidak meninggalkan catatan dan tidak memberi perlindungan.
    .advice = Seberangi perbatasan hanya di pos pemeriksaan resmi, dengan paspor yang dicap. Kalau ini terjadi pada Anda, hubungi kedutaan negara Anda segera setelah aman.

## D. Di dalam kompleks

redflag-passport-phone-taken = Paspor dan HP diambil
    .explain = "Supaya aman" terdengar penuh perhatian, dan sulit menolak bos baru. Tanpa paspor dan HP, Anda tidak bisa pergi atau meminta tolong.
    .advice = Pegang sendiri paspor Anda, dan titipkan salinan paspor dan kontrak kepada orang yang Anda percaya di rumah. Sepakati jadwal rutin untuk memberi kabar kepada keluarga, supaya mereka tahu harus bertindak kalau Anda tiba-tiba tidak ada kabar.

redflag-debt-bondage = Utang yang tidak pernah Anda setujui
    .explain = Dibilang berutang untuk perjalanan, makan, dan tempat tidur membuat Anda merasa harus membayarnya kembali. Orang jujur merasa terikat oleh utang, dan perasaan itu dipakai untuk menahan mereka.
    .advice = Utang yang muncul karena Anda ditipu adalah taktik perdagangan orang, bukan tagihan yang adil. Saat sudah aman, hubungi kedutaan atau hotline: yang terjadi bukan salah Anda, dan bantuan tidak bergantung pada pelunasan utang.

redflag-quotas-punishment = Target dan hukuman
    .explain = Target dengan denda atau pemukulan membuat orang bekerja karena takut. Rasa takut membuat orang sulit memikirkan apa pun selain bertahan melewati hari itu.
    .advice = Ingat bahwa Anda korban, bukan penjahat. Kalau bisa dilakukan dengan aman, hubungi kedutaan, hotline, atau keluarga Anda, dan beri tahu di mana Anda berada.

redflag-guarded-compound = Tembok, penjaga, dan kamera
    .explain = Kawat berduri, penjaga bersenjata, dan kamera ada di sana untuk menahan orang di dalam, bukan untuk menjauhkan bahaya. Semua itu dibuat supaya Anda merasa tidak mungkin pergi.
    .advice = Jangan mencoba kabur sendirian dengan cara yang berbahaya. Kalau bisa dilakukan dengan aman, kirim lokasi persis Anda ke kedutaan, organisasi tepercaya, atau keluarga Anda.

redflag-violence-ransom = Kekerasan dan uang tebusan
    .explain = Menyakiti orang, atau mengancam akan menyakiti, dan meminta uang kepada keluarga adalah cara untuk mengendalikan semua orang di dalam. Keluarga ingin membantu karena mereka menyayangi Anda, dan itu juga dimanfaatkan.
    .advice = Kalau keluarga Anda dimintai uang tebusan, mereka sebaiknya lebih dulu menghubungi kedutaan negara Anda atau hotline, dan menyimpan setiap pesan yang mereka terima.

redflag-police-leak = Polisi setempat bisa membocorkan ke bos
    .explain = Menelepon polisi setempat terasa seperti hal yang benar. Tetapi para penyintas bercerita bahwa sebagian polisi setempat meneruskan permintaan tolong kepada bos kompleks, dan orang yang meminta tolong itu dihukum.
    .advice = Hubungi lebih dulu kedutaan, hotline nasional, organisasi tepercaya, atau keluarga Anda, dan berikan lokasi persis Anda. Mereka bisa meminta penyelamatan lewat jalur yang lebih aman.

## E. Orang yang ditipu

redflag-wrong-number = "Salah kirim" yang terus mengajak ngobrol
    .explain = Bersikap sopan kepada orang asing yang salah kirim pesan terasa tidak berbahaya. Tetapi "salah kirim" itu sudah direncanakan: itu awal obrolan ramah yang beberapa minggu kemudian bisa berubah menjadi permintaan uang.
    .advice = Kalau orang asing terus mengajak ngobrol setelah Anda bilang salah nomor, berhenti membalas dan blokir nomornya. Jangan pernah menerima saran soal uang dari orang yang hanya Anda kenal lewat pesan.

redflag-move-to-private-app = Cepat pindah ke chat pribadi
    .explain = Banyak perhatian dan kata-kata manis terasa menyenangkan, apalagi saat kesepian. Pindah ke WhatsApp, Line, Telegram, atau WeChat menjauhkan Anda dari pemeriksaan keamanan aplikasi kencan, dan selalu ada alasan untuk tidak bertemu atau video call.
    .advice = Tetaplah di aplikasi tempat kalian bertemu. Panggilan video langsung membantu, tetapi video bisa dipalsukan dengan alat tukar wajah, jadi itu membuktikan lebih sedikit dari kelihatannya. Aturan yang selalu berlaku: jangan pernah berinvestasi atau mengirim uang atas saran orang yang Anda kenal lewat internet, dan ceritakan pada teman.

redflag-crypto-tip-early-profit = Tips kripto dengan untung cepat
    .explain = Untung kecil, atau penarikan kecil yang berhasil, membuat platformnya terlihat asli. Itu membangun kepercayaan supaya Anda menaruh uang yang jauh lebih banyak.
    .advice = Jangan pernah berinvestasi karena disuruh orang yang Anda kenal lewat internet. Periksa platform itu ke otoritas keuangan di negara Anda, dan bicarakan dulu dengan orang yang Anda percaya.

redflag-blocked-withdrawal = Biaya untuk menarik uang Anda
    .explain = Saat saldo Anda terlihat besar, membayar satu "pajak" atau "biaya" lagi untuk menariknya terasa sepadan. Tetapi saldo itu tidak nyata, dan setiap pembayaran memunculkan biaya baru.
    .advice = Jangan bayar biaya atau pajak apa pun untuk menarik uang. Berhenti membayar, simpan semua pesan, dan laporkan ke polisi atau hotline penipuan nasional.

redflag-recovery-scam = Tawaran memulihkan uang yang hilang
    .explain = Setelah kehilangan uang, tawaran untuk mendapatkannya kembali memberi harapan. Perusahaan "pemulihan dana" dan "pengacara" palsu mengaku bekerja sama dengan FBI atau otoritas keuangan, lalu meminta biaya, sering dalam bentuk kripto.
    .advice = Polisi dan otoritas keuangan yang asli tidak memungut biaya untuk menyelidiki. Laporkan penipuan yang pertama lewat situs pelaporan resmi, dan abaikan siapa pun yang menawarkan memulihkan uang Anda dengan bayaran.
