# Machine-drafted translation: needs review by a native speaker.
friends-offer-title = Tawaran dari teman
friends-offer-summary = Seorang teman lama yang bekerja di luar negeri mengirimi Anda foto-foto hidupnya yang enak, dan menawarkan untuk mencarikan Anda pekerjaan juga.
friends-offer-content-note = Cerita ini menyinggung perdagangan orang dan orang-orang yang ditahan di luar kehendak mereka. Tidak ada adegan kekerasan. Anda bisa berhenti sejenak atau keluar kapan saja dengan q.

## Tokoh

friends-offer-character-friend = { $friend } ({ $bond } Anda)
friends-offer-character-group = Team { $city } (grup chat)
friends-offer-character-hr = { $hr }, HRD, { $company }
friends-offer-character-other = { $other }
friends-offer-character-hotline = Hotline lembaga pekerja migran

## Variabel

friends-offer-you-ramon = Ramon, kurir pengantar barang di Quezon City, Filipina
friends-offer-you-maricel = Maricel, buruh pabrik di Laguna, Filipina
friends-offer-you-budi = Budi, pekerja bangunan di Bandung, Indonesia
friends-offer-you-siti = Siti, pramuniaga toko di Surabaya, Indonesia
friends-offer-you-tuan = Tuan, pekerja bangunan di Da Nang, Vietnam
friends-offer-you-thu = Thu, buruh garmen di Hai Phong, Vietnam
friends-offer-you-kiran = Kiran, kurir pengantar barang di Kathmandu, Nepal
friends-offer-you-nuwan = Nuwan, pekerja bangunan di Kandy, Sri Lanka
friends-offer-you-anjali = Anjali, pekerja salon kecantikan di Pune, India
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

friends-offer-member-joy = Joy
friends-offer-member-dewi = Dewi
friends-offer-member-mai = Mai

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

friends-offer-photos-hey = Hei!! Lama banget! Apa kabar?
    .discuss = Kenapa tawaran dari orang yang dikenal terasa lebih aman daripada dari orang asing?
friends-offer-photos-photo = (Foto: { $friend } di kolam renang di atap gedung pada malam hari, lampu-lampu kota di belakangnya, HP baru di tangannya.)
friends-offer-photos-life = Hidup di { $city } enak. ${ $salary } sebulan, kamar gratis. Kerja kantoran, ber-AC!
friends-offer-photos-offer = Perusahaanku lagi butuh orang. Aku udah cerita soal kamu ke bosku. Kamu mau? Aku bisa bantu.
friends-offer-photos-sounds-great = "Mau! Kalau kamu bilang bagus, aku percaya. Gimana caranya gabung?"
    .feedback = Tawaran dari orang yang Anda kenal terasa aman, dan justru karena itulah perekrut memakai teman dan keluarga. Teman Anda mungkin memang percaya pada tawaran itu, atau mungkin dia sendiri sedang ditekan. Omongannya bukan pemeriksaan.
friends-offer-photos-ask-proof = Ikut senang untuknya, dan tanyakan nama perusahaannya supaya Anda bisa memeriksanya sendiri
    .feedback = Anda bisa tetap percaya pada teman Anda dan tetap memeriksa pekerjaannya. Perekrut memakai teman karena rasa percaya membuat orang tidak bertanya. Pekerjaan yang asli akan tetap ada setelah Anda memeriksanya.
friends-offer-photos-ask-family = Tanya dulu ke ibunya, bagaimana keadaannya yang sebenarnya di sana
    .feedback = Niat yang baik. Ibunya bilang dia kirim uang dan kedengarannya sibuk. Tapi keluarganya hanya tahu apa yang dia ceritakan, atau apa yang boleh dia ceritakan. Yang perlu diperiksa tetap pekerjaannya.

friends-offer-details-company = Perusahaannya { $company }. Customer service untuk toko online. Gampang, cuma chat sama pelanggan.
friends-offer-details-training = Nggak ada pengalaman nggak masalah, semuanya diajarin. Bahasa Inggrisku dulu juga jelek!
friends-offer-details-group = Lima orang dari kampung kita berangkat dengan pesawat yang sama, tanggal 14. { $member } dari jalanmu juga ikut! Aku masukkan kamu ke grup.
friends-offer-details-hr = Nanti mbak HRD-nya, { $hr }, yang kirim pesan ke kamu. Orangnya baik banget.

## The group from home, leaving together

friends-offer-group-welcome = Koordinator: Selamat datang di Team { $city }!! Kita terbang bareng tanggal 14 🎉
    .discuss = Apa pengaruh grup chat seperti ini pada cara seseorang memutuskan?
friends-offer-group-paid = { $member }: Hari ini aku sudah bayar reservasi!! Senang banget, sampai ketemu di bandara 😍
friends-offer-group-seats = Koordinator: Tinggal 2 kursi di penerbangan grup. Yang serius, konfirmasi hari ini.
friends-offer-group-hr = Koordinator: { $hr } dari HR yang akan mewawancarai kalian. Gampang!
friends-offer-group-join-in = Kirim salam yang ceria. Kalau semua berangkat, kamu juga.
    .feedback = Grup yang berangkat bersama terasa aman: orang-orang yang dikenal, pesawat yang sama, rencana yang sama. Karena itulah perekrut membentuk grup. "Tinggal dua kursi" ada supaya Anda memutuskan sebelum memeriksa, dan di grup itu juga belum ada yang melihat kontrak.
friends-offer-group-ask-group = Tanya di grup: "Sudah ada yang lihat kontraknya, atau memeriksa perusahaannya?"
    .feedback = Pertanyaan yang wajar, dan sulit diajukan di grup yang sedang gembira. Tenggat dan keramaian itulah yang membuat orang berhenti memeriksa. Perhatikan siapa yang menjawab, dan bagaimana.
friends-offer-group-call-other = Sebelum menjawab siapa pun, telepon { $other }, yang bekerja di luar negeri secara resmi
    .feedback = Ide bagus. Kata teman Anda dan grup yang gembira bukan pemeriksaan. Orang yang berangkat lewat agen berizin tahu seperti apa proses yang sebenarnya.

friends-offer-group-reply-contract = { $member }: Kontraknya di kantor, kata semua orang.
friends-offer-group-reply-negative = Koordinator: Tolong jangan ada energi negatif di grup ya 😅 { $friend } sudah di sana dan dia senang.
friends-offer-group-reply-hr = Koordinator: { $hr } yang akan menjawab pertanyaanmu. Dia sedang mengirim pesan ke kamu.

## Mbak HRD yang ramah

friends-offer-hr-chat-hello = Halo! Saya { $hr } dari HRD. { $friend } sudah banyak cerita hal baik tentang kamu.
friends-offer-hr-chat-patient = Kalau ada pertanyaan, tanya saja kapan pun. Tidak usah buru-buru, ya?
friends-offer-hr-chat-interview = Wawancaranya gampang, di sini saja lewat chat. Ceritakan tentang diri kamu, lalu tes mengetik sebentar.
friends-offer-hr-chat-test = Tolong ketik ini dan kirim: "Halo sayang, bagaimana harimu? Aku senang sekali bisa mengobrol denganmu."
friends-offer-hr-chat-do-test = Jawab pertanyaannya dan ikuti tes mengetik
    .feedback = Chat dan tes mengetik bukan wawancara sungguhan. Itu hanya memeriksa apakah Anda bisa chat dan mengetik dalam bahasa Inggris, keterampilan yang dibutuhkan kompleks penipuan. Perhatikan kalimat yang diminta untuk Anda ketik.
friends-offer-hr-chat-ask-call = "Boleh saya video call dengan manajernya, dan membaca kontraknya dulu?"
    .feedback = Pemberi kerja yang asli mau berbicara dengan Anda secara tatap muka dan menunjukkan kontraknya. "Wawancara" yang hanya lewat chat menyembunyikan pemberi kerjanya. Panggilan video membantu, tetapi bisa dipalsukan, jadi periksa juga pemberi kerja lewat saluran resmi.
friends-offer-hr-chat-screenshot = Kerjakan tesnya, dan simpan tangkapan layar seluruh chat, untuk berjaga-jaga
    .feedback = Menyimpan catatan itu bijak, dan mungkin penting nanti. Tapi tanda bahayanya adalah wawancara itu sendiri: chat dan tes mengetik, dengan kata-kata seperti merayu orang asing. Itulah keterampilan yang dibutuhkan kompleks penipuan.

friends-offer-hr-dodge-sure = Tentu, saya mengerti. Bagus kamu hati-hati!
friends-offer-hr-dodge-later = Manajernya sedang di cabang lain. Nanti dia telepon kamu setelah prosesnya selesai. Kontraknya kamu tanda tangan waktu sampai, sama seperti semua staf kami.
friends-offer-hr-dodge-proof = Temanmu senang di sini, dan seluruh grupmu ikut. Kamu bisa percaya pada kami.
friends-offer-hr-dodge-fine = "Oke. Maaf ya, banyak tanya." Ikuti tesnya.
    .feedback = Ramah dan sabar, tetapi tetap tidak ada kontrak dan tidak ada manajer. Bersikap baik tidak merugikan mereka sedikit pun. "Tanda tangan waktu sampai" berarti menandatangani jauh dari rumah, saat Anda sudah tidak bisa menolak.
friends-offer-hr-dodge-check = "Saya akan menunggu kontrak tertulis, dan memeriksanya ke lembaga pekerja migran di negara saya."
    .feedback = Bagus. Jangan pernah setuju berangkat tanpa kontrak tertulis yang menyebut pemberi kerja, pekerjaan, tempat, dan gajinya. Tawaran yang asli bisa menunggu selagi Anda memeriksa.
friends-offer-hr-dodge-leave = Keluar dari grup diam-diam, dan berhenti menjawab
    .feedback = Anda boleh menolak tawaran yang tidak bisa Anda periksa. Ada harganya: grup akan bergunjing, dan { $friend } mungkin kecewa. Anda tidak berutang penjelasan kepada siapa pun.

friends-offer-fee-passed = Selamat, kamu lulus!
    .discuss = Kenapa biayanya muncul tepat setelah kabar baik? Bagaimana membayar mengubah apa yang berani dilakukan seseorang setelahnya?
friends-offer-fee-fee = Untuk visa dan tiket ada biaya proses: ${ $fee }. Nanti kami kembalikan dari gaji pertama kamu.
friends-offer-fee-friday = Tolong kirim sebelum Jumat, supaya kami bisa memesan kursimu di penerbangan grup. Ini rekeningnya.
friends-offer-fee-pay = Pinjam uang dan kirim. Nanti uangnya kembali dari gaji pertama.
    .feedback = Begitu Anda sudah membayar, mundur berarti kehilangan uang itu, jadi Anda terus maju. Pekerjaan asli di luar negeri hanya memungut biaya yang diizinkan hukum, dengan kuitansi resmi, dan tidak pernah ke rekening pribadi seseorang.
friends-offer-fee-refuse = "Pemberi kerja yang asli tidak menyuruh saya membayar supaya diterima. Saya tidak akan bayar."
    .feedback = Benar. "Biaya proses" di muka yang dikirim ke rekening pribadi adalah tanda bahaya. Tanyakan ke lembaga pekerja migran biaya apa saja yang sah, dan bayar hanya dengan kuitansi resmi.
friends-offer-fee-ask-agency = Katakan Anda akan bayar setelah lembaga pekerja migran menyatakan biaya itu sah, lalu telepon mereka
    .feedback = Cara yang baik untuk memeriksa tanpa bertengkar. Lembaga itu tahu biaya mana yang sah untuk kerja di luar negeri, dan bahwa biaya itu dibayar dengan kuitansi resmi, tidak pernah ke rekening pribadi.

friends-offer-friend-push-heard = Kata { $hr } kamu tidak mau bayar?
friends-offer-friend-push-paid = Aku juga bayar waktu datang ke sini. Cepat kok balik uangnya, aku janji.
friends-offer-friend-push-half = Begini, aku sudah kirim setengahnya untukmu. Tolong jangan bikin aku malu di depan bosku.
friends-offer-friend-push-accept = Bilang ya. Dia sudah bayar setengahnya untukmu. Bagaimana bisa menolak?
    .feedback = Sulit menolak orang yang baik kepada Anda, dan mungkin dia tulus. Tapi kata-kata dan uangnya tidak membuat pekerjaan itu nyata. Dia mungkin ditekan oleh orang-orang yang sama.
friends-offer-friend-push-ask-other = Sebelum menjawab, tanyakan pendapat teman Anda { $other }, yang bekerja di luar negeri secara resmi
    .feedback = Ide bagus. Orang yang berangkat ke luar negeri lewat agen berizin tahu seperti apa proses yang asli. Percaya pada teman itu wajar; memeriksa omongannya lebih bijak.
friends-offer-friend-push-say-no = "Makasih, sungguh. Tapi aku tidak bisa. Mungkin lain kali."
    .feedback = Menolak dengan baik sudah cukup. Anda tidak perlu membuktikan pekerjaan itu palsu untuk tetap di rumah.

## Said no, and the money he "advanced"

friends-offer-repay-boss = (Dua hari kemudian, pukul 2.40 dini hari) Kata mereka aku harus mengembalikan uang yang kukirim untukmu. Hari ini.
    .discuss = Siapa sebenarnya yang meminta uang ini? Apa yang bisa dilakukan tanpa membuat siapa pun lebih terancam?
friends-offer-repay-debt = Kalau tidak, mereka tambahkan ke utangku. Tolong. Aku tidak bercanda.
friends-offer-repay-watching = Mereka berdiri di sini waktu aku menulis ini.
friends-offer-repay-send = Kirim yang Anda punya. Anda tidak bisa membiarkannya begitu.
    .feedback = Anda membayar untuk melindungi orang yang Anda sayangi, sementara orang-orang berdiri mengawasinya. Itu bukan kesalahan: ancaman ini memang dibuat untuk membuat orang melakukannya, dan itu bukan salah Anda. Permintaan bisa datang lagi. Simpan setiap pesan, dan beri tahu hotline nasional anti-perdagangan orang serta kedutaan Anda apa yang dia tulis.
friends-offer-repay-hotline = Jangan kirim dulu. Telepon hotline nasional anti-perdagangan orang dengan setiap pesan yang dia tulis
    .feedback = Pilihan sulit, di bawah ancaman, tanpa pilihan yang baik. Hotline bisa meneruskan lokasi dan pesannya ke kedutaan, dan memberi tahu cara menjawab tanpa membuatnya lebih terancam. Apa pun yang Anda pilih di sini, itu bukan salah Anda.

## The group flight, and the script for the airport

friends-offer-pressure-booked = Koordinator: Penerbangan grup tanggal 14! Kursi disiapkan untuk semua yang sudah bayar. Daftar final malam ini.
    .discuss = Kenapa pemberi kerja sungguhan perlu staf barunya berpura-pura tidak saling kenal?
friends-offer-pressure-airport = Di bandara, jangan berdiri bergerombol. Kalau imigrasi bertanya, kalian mau liburan, dan tidak saling kenal.
friends-offer-pressure-contract = Kontraknya kamu tanda tangan di kantor. Semuanya sama seperti yang kami bilang.
friends-offer-pressure-quiet = Dan jangan cerita ke banyak orang. Ada orang yang iri lalu bikin masalah.
friends-offer-pressure-go = Bilang kamu ikut, dan kemasi tas.
    .feedback = Bohong kepada imigrasi, tanpa kontrak tertulis, dan "jangan cerita ke siapa-siapa": masing-masing menghentikan orang untuk memeriksa atau menolong. Petugas bertanya untuk menemukan orang yang sedang diperdagangkan. Pekerjaan sungguhan tidak pernah butuh Anda berbohong kepada mereka.
friends-offer-pressure-wait = "Tidak tanpa kontrak tertulis, dan tidak dengan bohong di bandara." Lalu kirim pesan ke { $friend } dan tanya apa yang sebenarnya terjadi.
    .feedback = Anda melihatnya. Diajari apa yang harus dikatakan kepada imigrasi, dan berpura-pura tidak mengenal yang lain, adalah tanda bahaya serius: kebenaran akan menghentikan perjalanan itu. Simpan pesan-pesannya.
friends-offer-pressure-ask-group = Tulis di grup: "Kenapa pekerjaan sungguhan perlu kita berbohong di bandara?"
    .feedback = Anda mengajukan pertanyaan yang dihindari semua orang. Semenit kemudian koordinator mengeluarkan Anda dari grup. Disuruh berbohong kepada imigrasi adalah tanda bahaya serius, dan sebuah grup bisa membuat orang tidak berani mengatakannya.

## Teman yang keceplosan, dan yang sebenarnya

friends-offer-ask-friend-late = (03.12 dini hari) Tolong. Datang saja.
    .discuss = Apa yang Anda perhatikan dari pesan-pesan ini? Apa yang mungkin terjadi padanya?
friends-offer-ask-friend-slip = Kalau aku bawa dua orang lagi, kata mereka aku boleh
friends-offer-ask-friend-deleted = Pesan ini telah dihapus.
friends-offer-ask-friend-again = Maaf. Di sini semua baik-baik saja. Datang tanggal 14 ya?
friends-offer-ask-friend-gently = Tanyakan dengan lembut: "Kamu baik-baik saja? Kamu bisa pergi dari situ kalau mau?"
    .feedback = Pertanyaan yang tenang dan penuh perhatian, tanpa menyalahkan, paling mungkin mendapat jawaban yang jujur.
friends-offer-ask-friend-screenshot = Tangkap layar semuanya sebelum ada lagi yang dihapus, lalu tanya dengan lembut apakah dia baik-baik saja
    .feedback = Menyimpan tulisannya bisa menolongnya nanti: jamnya, kalimat yang terpotong, pesan yang dihapus. Lalu pertanyaan yang tenang dan baik, tanpa menyalahkan, paling mungkin mendapat jawaban jujur.
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
friends-offer-truth-post = Unggah pesan-pesannya di Facebook, untuk membongkar perusahaan itu dan memperingatkan semua orang
    .feedback = Ingin memperingatkan orang lain itu baik, dan orang-orang di grup perlu tahu. Tapi unggahan publik bisa dilihat para bos dan membahayakannya. Kirim rinciannya diam-diam ke kedutaan atau hotline dulu, dan peringatkan anggota grup satu per satu.
friends-offer-truth-his-mother = Temui ibunya dulu, seperti yang dia minta, dan telepon hotline bersama-sama
    .feedback = Dia meminta Anda memberi tahu ibunya, dan keluarga adalah salah satu jalan yang menolong. Bersama-sama Anda bisa memberi hotline dan kedutaan apa yang mereka perlukan: di mana dia, nomornya, nama perusahaannya. Semua ini bukan salahnya.

friends-offer-posted = Anda mengunggah tangkapan layar dengan nama perusahaannya. Dalam satu jam, ratusan kali dibagikan; { $member } menulis bahwa dia batal berangkat. Lalu pesan { $friend } berhenti. Keesokan harinya, petugas hotline nasional meminta Anda menghapus unggahan itu: kalau para bos melihatnya, dia bisa dihukum atau dipindahkan. Anda menghapusnya, dan memberikan semua yang dia tulis.

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

friends-offer-genuine-check = Petugas memeriksa agen { $other }: berizin, dan ada di daftar pemerintah. Pekerjaan di { $real-job } disetujui, dengan pemberi kerja yang jelas, kontrak tertulis, visa kerja, dan hanya biaya resmi, dengan kuitansi resmi. Gajinya wajar untuk pekerjaannya, dan rombongan berikutnya berangkat empat bulan lagi. "Yang ini asli," katanya.
friends-offer-genuine-check-apply = Lamar pekerjaan itu lewat agen { $other }
    .feedback = Tawaran { $friend } adalah gaji tinggi untuk kerja mudah tanpa pengalaman: itulah umpannya. Pekerjaan ini membayar upah wajar untuk kerja sungguhan, butuh empat bulan menunggu dan biaya, dan setiap bagiannya lolos pemeriksaan.
friends-offer-genuine-check-friend-instead = Tawaran { $friend } terdengar lebih baik: kerja kantoran yang mudah, ber-AC, ${ $salary } sebulan, dan grupnya berangkat tanggal 14. Ikut dia saja.
    .feedback = Gaji tinggi untuk kerja mudah tanpa pengalaman adalah umpannya, dan tarikannya paling kuat saat uang sedang sulit dan teman-teman berangkat. Pekerjaan { $other } lebih berat dan lebih lambat, tapi punya yang tidak dimiliki yang lain: agen berizin, kontrak dan visa kerja.
friends-offer-genuine-check-worry-friend = Sebelum apa pun, kirim pesan ke { $friend } dan tanyakan dengan lembut bagaimana keadaannya yang sebenarnya

## Akhir cerita

friends-offer-end-walk-away = Anda tetap di rumah. Tidak mudah menolak { $friend }, atau gaji sebesar itu, atau melihat grup bersiap tanpa Anda. Seminggu kemudian, akun { $hr } hilang. Anda masih memikirkan { $friend }. Kalau dia menulis lagi, Anda tahu siapa yang bisa menolongnya: kedutaan Anda, hotline nasional, keluarganya.
friends-offer-end-trafficked = Anda terbang bersama grup dan bilang "liburan" di imigrasi, seperti yang diajarkan. Di { $city }, sebuah van membawa kalian berenam berjam-jam, ke kompleks bertembok di seberang perbatasan. Paspor dan ponsel kalian diambil "untuk disimpan". Ini rencana para penjahat: bukan salah Anda, dan bukan salah { $friend }. Orang memang bisa keluar, dengan bantuan kedutaan, hotline dan keluarga.
friends-offer-end-helped = Kedutaan meneruskan nama dan lokasi { $friend } kepada orang-orang yang berupaya mengeluarkan warga negaranya. Butuh berminggu-minggu. Lalu ibunya menelepon Anda: dia sudah keluar, di sebuah rumah aman, menunggu dokumen untuk terbang pulang. "Mereka memperlakukannya sebagai korban, bukan penjahat," katanya. "Karena memang itulah dia."
friends-offer-end-posted = Grup itu tidak terbang tanggal 14, dan tidak ada lagi orang dari jalan Anda yang membayar. Itu berkat unggahan Anda. Tapi { $friend } tidak menulis lagi. Hotline meneruskan rinciannya ke kedutaan, dan berminggu-minggu kemudian masih belum ada kabar. Ingin memperingatkan orang itu benar; jalan yang tenang lebih dulu lebih aman bagi yang masih di dalam. Tidak tahu adalah salah satu bagian tersulit, dan itu bukan salah Anda.
friends-offer-end-paid = Anda mengirim yang Anda punya. Dua minggu kemudian permintaan yang sama datang lagi, lebih besar. Anda melakukan apa yang ancaman itu rancang untuk Anda lakukan, demi melindungi orang yang Anda sayangi: itu bukan salah Anda, dan penolakan Anda atas pekerjaan itu tidak sia-sia. Anda menyimpan setiap pesan, dan hotline nasional serta kedutaan Anda kini punya nomor { $friend }, rekening yang Anda bayar, dan nama perusahaannya. Membayar lagi tidak akan membeli kebebasannya; memberi tahu mereka bisa membantu.
friends-offer-end-genuine = Anda melamar lewat agen { $other }. Wawancaranya lewat video call dengan pemberi kerja yang asli, kontraknya tertulis, dan visa kerjanya keluar sebelum penerbangan. Sekarang Anda bekerja di { $real-job }. Pekerjaannya berat dengan upah yang jujur, dan keluarga Anda tahu persis di mana Anda berada.
