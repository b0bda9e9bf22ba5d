# Machine-drafted translation: needs review by a native speaker.
face-on-the-call-title = Wajah dalam panggilan video
face-on-the-call-summary = Seorang lelaki yang anda kenal dalam talian lulus ujian yang semua orang sarankan: dia sanggup membuat panggilan video, dan wajahnya benar. Anda seorang wanita berusia lima puluhan di Australia, dan anda yang menentukan apa yang dibuktikan oleh wajah yang benar.

## Characters

face-on-the-call-character-man = { $man }
face-on-the-call-character-genuine = { $genuine }
face-on-the-call-character-daughter = { $daughter }, anak perempuan anda
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

face-on-the-call-start = Anda berusia 54 tahun dan tinggal di { $city }. Perkahwinan anda berakhir empat tahun lalu, anak-anak sudah dewasa, dan malam terasa panjang. Anak perempuan anda, { $daughter }, membuat profil temu janji untuk anda dan memberi satu peraturan: "Kalau dia tak mahu panggilan video, dia penipu. Lelaki sebenar tunjuk muka."
    .discuss = Di mana anda pernah mendengar nasihat seperti nasihat { $daughter }? Apa yang sebenarnya dibuktikan oleh panggilan video?

face-on-the-call-inbox = Minggu ini dua lelaki menghantar mesej. { $man } ialah jurutera awam dari { $city }, seorang duda, sedang bekerja secara kontrak di Dubai: wajahnya baik, gambarnya cantik, mesejnya panjang dan membuat anda tersenyum. { $genuine } ialah juruelektrik yang sudah bersara dan tinggal dua puluh minit dari rumah anda. Mesejnya tiga baris dengan satu kesilapan ejaan, dan gambarnya ialah anjingnya dan kebun sayurnya.
face-on-the-call-inbox-reply-man = Balas { $man }. Mesejnya yang anda baca dua kali.
    .feedback = Tiada salahnya. Mesej yang mesra dan ditulis dengan baik akan dibalas sesiapa pun. Yang penting ialah apa yang berlaku selepas itu.
face-on-the-call-inbox-reply-genuine = Balas { $genuine }. Dekat, dan mudah diajak minum kopi.
    .feedback = Pilihan yang baik. Orang yang tinggal berdekatan boleh ditemui di tempat awam, dan di situ banyak perkara yang perlu anda tahu menjadi jelas.
face-on-the-call-inbox-reply-both = Balas kedua-duanya, dan lihat siapa yang serasi
    .feedback = Perkara biasa di laman temu janji. Anda mula dengan mesej panjang daripada { $man }.

## The stranger

face-on-the-call-man-chat-hello = Cantiknya senyuman awak. Saya hampir tak jadi menulis, saya tak pandai benda begini.
    .discuss = Lelaki yang jauh, duda, dengan kerja yang bagus: kenapa penipu mungkin memilih cerita seperti ini?
face-on-the-call-man-chat-story = Isteri saya meninggal tiga tahun lalu. Anak perempuan saya belajar di universiti di Sydney. Saya di Dubai sehingga projek siap musim bunga nanti, kemudian saya pulang terus.
face-on-the-call-man-chat-move = Saya jarang sangat buka laman ini, asyik terkeluar sendiri. Boleh kita berbual di WhatsApp? Ini nombor saya.
face-on-the-call-man-chat-whatsapp = Hantar mesej kepadanya di WhatsApp
    .feedback = Berpindah cepat dari laman temu janji ke aplikasi peribadi ialah langkah pertama yang biasa: di sana, laman itu tidak lagi dapat melihat perbualan atau memadam akaun. Ramai orang sebenar juga berpindah aplikasi, jadi perhatikan apa yang berlaku seterusnya.
face-on-the-call-man-chat-video-first = "Sebelum apa-apa, saya mahu panggilan video yang singkat."
    .feedback = Anda menggunakan ujian yang diajar oleh { $daughter }, dan anda kekal di laman itu semasa melakukannya. Perhatikan apa yang boleh dan tidak boleh ditunjukkan oleh panggilan itu.
face-on-the-call-man-chat-stay-app = "Kita berbual di sini dulu."
    .feedback = Kekal di laman itu memastikan alat laporannya dekat. Mungkin kemesraannya berkurang sedikit; lihat bagaimana dia menerima "belum lagi" yang kecil.

face-on-the-call-stay = Tentu, tak perlu tergesa-gesa. Saya pun orang lama. Biar saya buat lebih baik daripada mesej: kita buat panggilan video hari Ahad, supaya awak tahu saya benar.

face-on-the-call-whatsapp-morning = Selamat pagi, sayang. Di sini baru pukul 5 pagi dan awaklah yang pertama saya fikirkan.
face-on-the-call-whatsapp-daughter = Anak saya pasti suka awak. Katanya bulan ini saya lebih banyak tersenyum daripada tiga tahun kebelakangan.
face-on-the-call-whatsapp-future = Bila saya pulang nanti, saya mahu bawa awak menyusuri jalan pantai. Kita berdua saja.
face-on-the-call-whatsapp-ask-video = Minta panggilan video, seperti kata { $daughter }
    .feedback = Permintaan yang wajar. Ramai penipu mengelaknya, jadi ia memang menangkap sebahagian. Perhatikan apa yang boleh dan tidak boleh ditunjukkan oleh panggilan itu.
face-on-the-call-whatsapp-enjoy = Nikmati saja. Sudah lama tiada sesiapa menulis kepada anda begini.
    .feedback = Ini love bombing: perasaan besar selepas beberapa minggu, masa depan bersama, mesej setiap pagi. Ia berkesan kerana memenuhi keperluan yang sebenar. Selepas berpindah ke WhatsApp, inilah langkah biasa seterusnya.
face-on-the-call-whatsapp-slow-down = Beritahu dia semua ini agak terlalu cepat bagi anda
    .feedback = Wajar untuk dikatakan, dan anda mengatakannya dengan baik. Orang yang mengambil berat boleh bergerak lebih perlahan. Lihat bagaimana dia menjawab.

face-on-the-call-offers-call = Saya tahu saya terlalu bersemangat. Awak berhak melihat dengan siapa awak bercakap. Panggilan video malam ini, pukul 8 waktu awak?

## The call

face-on-the-call-call-connects = Panggilan bersambung. Memang dia: wajah yang sama seperti dalam gambar, beruban di pelipis, ketawa sendiri kerana tidak jumpa butang yang betul. Dia menyebut nama anda sama seperti dia menulisnya. Di belakangnya: sebuah pangsapuri kecil, topi keselamatan di atas rak, tingkap dengan bangunan tinggi. Gambar membeku sesaat, kemudian bersambung semula.
    .discuss = Semua di sini sepadan dengan gambarnya. Sebutkan tiga cara panggilan seperti ini masih boleh palsu.
face-on-the-call-the-call-short = Isyarat di sini teruk sangat, sayang. Saya kena pergi, esok keluar awal. Masa yang sama hari Ahad?
face-on-the-call-the-call-convinced = Dia benar. Ujian { $daughter } sudah lulus.
    .feedback = Ia terasa seperti bukti, dan memang itu tujuannya. Kini wajah dalam panggilan boleh jadi tukar muka secara langsung, atau lelaki sebenar yang dibayar atau dipaksa duduk di depan kamera sementara orang lain menaip. Panggilan membantu, tetapi ia membuktikan kurang daripada yang disangka. Peraturan yang sentiasa benar: jangan sekali-kali menghantar wang atau melabur atas cadangan orang yang anda kenal dalam talian.
face-on-the-call-the-call-odd-details = Perhatikan gambar yang membeku dan panggilan yang singkat. Lain kali, minta dia menoleh dan melalukan tangan di depan mukanya.
    .feedback = Idea yang bijak: tukar muka yang murah boleh menjadi kabur apabila tangan melintasi muka. Tetapi yang bagus mungkin tidak, dan orang sebenar yang diupah membuat panggilan lulus setiap ujian seperti ini. Pemeriksaan muka boleh gagal; pemeriksaan tentang apa yang dia minta daripada anda tidak.
face-on-the-call-the-call-tell-daughter = Ceritakan tentang panggilan itu kepada { $daughter }
    .feedback = Bercerita kepada orang rapat itu baik: rahsia membantu penipu. Tetapi { $daughter } diajar ujian yang sama seperti anda, dan ujian itu baru sahaja lulus.

face-on-the-call-second-call-wave = Pada hari Ahad dia menoleh ke kiri dan ke kanan, ketawa, melambai tangan di depan mukanya. Tiada yang kabur. "Puas hati, Cik Detektif?"
face-on-the-call-second-call-hurt = Dia tersenyum, tetapi anda dapat dengar dia sedikit terasa. Panggilan itu lebih singkat daripada yang pertama.

face-on-the-call-daughter-happy = { $daughter } gembira sekali. "Tengok? Dia buat panggilan video. Kan saya dah cakap, Mak, begitulah caranya nak tahu." Dia membuat anda berjanji membawa lelaki itu semasa Krismas.

## The tip

face-on-the-call-weeks = Minggu demi minggu berlalu. Mesej setiap pagi, panggilan setiap Ahad. Dalam salah satu panggilan, anda memberitahu dia anda risau tentang hidup dengan simpanan persaraan (super) anda.
    .discuss = Kenapa cadangan itu hanya datang sekarang, selepas berminggu-minggu, dan selepas panggilan-panggilan itu?
face-on-the-call-tip-gold = Jangan risau tentang itu, sayang. Saya berdagang emas di { $platform }, mentor saya hantar isyarat. Itulah yang membiayai universiti anak saya.
face-on-the-call-tip-small = Mula kecil saja, ${ $first }, saya akan bimbing. Saya cuma mahu tahu awak terjaga. Nanti saya hantar pautannya.
face-on-the-call-tip-try-small = Masukkan ${ $first }. Anda sudah melihat mukanya; dia benar.
    .feedback = Wajahnya mungkin benar, dan cadangannya tetap penipuan. Cadangan tentang wang daripada orang yang anda kenal dalam talian ialah teras jenayah ini, dan panggilan video tidak mengubahnya. Apa sahaja yang anda lihat di platform yang dia tunjukkan ialah apa sahaja yang pemiliknya mahu anda lihat.
face-on-the-call-tip-check-platform = Sebelum apa-apa, cari sendiri { $platform } dalam daftar rasmi pengawal selia
    .feedback = Berhati-hati, dan lebih baik daripada mempercayai pautannya. Lihat apa yang boleh dan tidak boleh diberitahu oleh daftar itu.
face-on-the-call-tip-decline = "Saya tak campurkan wang dengan cinta. Tidak, tapi terima kasih."
    .feedback = Anda berpegang pada peraturan yang melindungi walaupun wajahnya benar: tiada wang atas cadangan orang yang anda kenal dalam talian. Ia mungkin ada harganya: lihat bagaimana dia menerimanya.

face-on-the-call-register = Dalam daftar profesional ASIC, laman web rasmi pengawal selia itu sendiri, namanya ada: { $platform }, firma berlesen di Sydney, dengan nombor lesen yang sama seperti laman yang dia hantar. Hati anda lega. Daftar itu memberi alamat pejabat dan nombor telefon; lamannya ada tetingkap sembang dan talian sokongan WhatsApp.
face-on-the-call-register-good-enough = Firma itu berlesen. Masukkan ${ $first }.
    .feedback = Anda memang memeriksa, dan lesennya tulen: milik firma sebenar. Penipu menyalin nama dan nombor lesen firma berlesen, lalu membina laman tiruan. Laman yang cantik dan nombor lesen yang tulen bukan bukti bahawa anda berurusan dengan firma itu.
face-on-the-call-register-compare = Telefon nombor dalam daftar, bukan yang di lamannya, dan tanya sama ada laman itu milik mereka
    .feedback = Beginilah pemeriksaan bertahan: melalui butiran hubungan yang anda cari sendiri, bukan yang dihantar kepada anda.
face-on-the-call-register-ask-bank = Bawa ke cawangan bank anda sebelum menghantar apa-apa
    .feedback = Langkah yang baik. Kakitangan bank melihat skim seperti ini setiap minggu, dan mereka memeriksa melalui saluran yang tidak boleh dialihkan daripada anda.

face-on-the-call-bank = Di cawangan, seorang wanita dari pasukan penipuan bank meneliti pautan itu agak lama. Kemudian dia menelefon firma itu di nombor daripada daftar, dengan anda di sebelahnya.

face-on-the-call-clone-found = { $platform } yang sebenar menjawab dengan sopan dan letih. "Laman itu bukan milik kami. Ada orang menggunakan nama dan nombor lesen kami. Puan pemanggil keempat bulan ini." Wajah di skrin kunci telefon anda tersenyum kepada anda.
    .discuss = Daftarnya tulen dan lesennya tulen. Apa yang membuat perbezaan?
face-on-the-call-clone-found-tell-man = Beritahu { $man } apa yang anda temui. Mungkin dia pun tertipu.
    .feedback = Fikiran yang baik, dan biasa. Tetapi penipu sentiasa ada jawapan, dan jawapan itu biasanya datang bersama satu lagi panggilan untuk membuat anda yakin semula.
face-on-the-call-clone-found-block-report = Sekat dia, dan laporkan profil dan laman itu kepada laman temu janji dan Scamwatch
    .feedback = Walau sebenar mana pun wajahnya, cadangan itulah penipuannya. Laporan membantu menurunkan profil dan laman itu sebelum ia sampai kepada orang seterusnya.

## When you say no

face-on-the-call-pushback-hurt = Selepas setiap panggilan, setiap pagi, awak fikir saya penipu? Awak sudah NAMPAK saya.
face-on-the-call-pushback-proof = Pandang saya. Pandang saya dan katakan saya tidak benar.
face-on-the-call-pushback-last = Saya tak boleh bersama orang yang tak percayakan saya. Tunjukkan awak percaya, atau ini selamat tinggal.
face-on-the-call-pushback-hold-rule = "Saya percaya awak benar. Tapi saya tetap tidak akan hantar wang atas cadangan sesiapa."
    .feedback = Inilah peraturan yang melindungi apabila semua pemeriksaan lain sudah lulus. Anda tidak perlu memutuskan sama ada wajah itu benar. Ada harganya, dan ia memastikan anda selamat.
face-on-the-call-pushback-give-in = Minta maaf, dan masukkan ${ $first } untuk menunjukkan anda percayakan dia
    .feedback = "Tunjukkan awak percaya" menjadikan wang ujian cinta. Ia berkesan pada orang yang baik hati kerana mereka tidak mahu menyakiti sesiapa. Orang sebenar boleh dipercayai tanpa memberitahu anda di mana hendak meletakkan wang.
face-on-the-call-pushback-give-in-more = Minta maaf, dan buat deposit besar itu untuk menunjukkan anda percayakan dia
    .feedback = "Tunjukkan awak percaya" menjadikan wang ujian cinta. Ia berkesan pada orang yang baik hati kerana mereka tidak mahu menyakiti sesiapa. Orang sebenar boleh dipercayai tanpa memberitahu anda di mana hendak meletakkan wang.
face-on-the-call-pushback-ask-time = Minta seminggu untuk berfikir, dan bincang dengan { $daughter }
    .feedback = Mengambil masa sentiasa dibenarkan. "Peluang terakhir" ada untuk menghalang perkara ini.
face-on-the-call-pushback-ask-time-late = Minta seminggu untuk berfikir, dan bincang dengan { $daughter }
    .feedback = Mengambil masa sentiasa dibenarkan. "Peluang terakhir" ada untuk menghalang perkara ini.

face-on-the-call-gone = { $man } senyap, kemudian menghantar mesej panjang yang sedih, kemudian mesej yang marah. Kemudian nombornya tidak dapat dihubungi lagi. Sakitnya lebih daripada yang anda sangka. Siapa pun dia, pagi-pagi itu terasa benar.

## The early profit

face-on-the-call-profit-balance = Selamat kembali. Portfolio anda naik 18% bulan ini.
face-on-the-call-profit-withdraw = Pengeluaran percubaan $200: berjaya. Semak akaun bank anda!

face-on-the-call-event-see = Tengok? Kan saya dah cakap. Sekarang dengar: sebelum keputusan kadar faedah seterusnya, emas akan melonjak. Saya masukkan semuanya.
face-on-the-call-event-window = Peluangnya 48 jam saja. Masukkan ${ $big } dan kita selesa. Untuk kita, bila saya pulang.
face-on-the-call-event-secret = Jangan beritahu { $daughter } dulu. Dia akan risau, dan masa tak ada.
    .discuss = Pengeluaran itu memang berjaya. Kenapa penipu membenarkan anda mengeluarkan wang?
face-on-the-call-event-deposit-big = Pindahkan ${ $big } daripada simpanan persaraan dan simpanan anda. Lagipun pengeluaran itu berjaya.
    .feedback = Pengeluaran kecil itu umpan: murah bagi mereka, dan ia membeli kepercayaan anda untuk deposit yang jauh lebih besar. Tarikh akhir dan "jangan beritahu anak awak" ada untuk menghalang anda memeriksa.
face-on-the-call-event-ask-daughter = Beritahu { $daughter } juga, sebelum anda menyentuh simpanan
    .feedback = Anda memecahkan rahsia yang dia minta anda simpan. Satu langkah itu menghentikan banyak penipuan seperti ini.
face-on-the-call-event-keep-small = "Yang sudah ada biar di situ, tapi saya takkan tambah lagi."
    .feedback = Mengekalkan jumlah yang kecil mengehadkan kerugian. Tetapi cadangan itu sendiri ialah tanda amaran; lihat apa yang dia buat apabila anda berhenti menambah.

face-on-the-call-daughter-talk-saw = Tapi Mak dah nampak dia, Mak. Itulah ujiannya.
face-on-the-call-daughter-talk-but = Sekejap. Dia suruh Mak letak wang di mana? Tak ada orang cakap saya kena periksa bahagian itu.
face-on-the-call-daughter-talk-stop-clean = Berhenti: tiada wang atas cadangannya, siapa pun dia
    .feedback = Betul. Anda tidak perlu membuktikan dia palsu. Cadangan daripada orang yang dikenal dalam talian sudah cukup menjadi sebab untuk menolak.
face-on-the-call-daughter-talk-look-together = Cari { $platform } bersama-sama dalam daftar rasmi pengawal selia
    .feedback = Dua orang memeriksa lebih baik daripada seorang. Lihat apa yang boleh dan tidak boleh diberitahu oleh daftar itu.
face-on-the-call-daughter-talk-carry-on = { $daughter } belum pernah berjumpa dia. Buat apa yang dia kata.
    .feedback = Dia meletakkan dirinya di antara anda dan keluarga anda: langkah yang biasa. Pasangan sebenar gembira apabila keluarga anda bertanya.

face-on-the-call-daughter-worry-saw = Tapi Mak dah nampak dia, Mak. Itulah ujiannya. Dan pengeluaran itu berjaya.
face-on-the-call-daughter-worry-but = Sekejap. Dia suruh Mak letak wang di mana? Tak ada orang cakap saya kena periksa bahagian itu.
face-on-the-call-daughter-worry-stop-now = Berhenti: tiada wang lagi. Cuba keluarkan apa yang anda sudah masukkan.
    .feedback = Betul, dan sukar dilakukan apabila wang sudah masuk. Berhenti sekarang yang melindungi baki simpanan anda.
face-on-the-call-daughter-worry-to-bank = Pergi bersama ke cawangan bank anda esok dan tunjukkan semuanya
    .feedback = Langkah yang baik. Kakitangan bank melihat skim seperti ini setiap minggu. Pergi bersama juga memecahkan rahsia yang dia minta anda simpan.
face-on-the-call-daughter-worry-carry-on = { $daughter } belum pernah berjumpa dia. Buat deposit besar itu.
    .feedback = Dia meletakkan dirinya di antara anda dan keluarga anda: langkah yang biasa. Pasangan sebenar gembira apabila keluarga anda bertanya.

face-on-the-call-bank-late = Di cawangan, seorang wanita dari pasukan penipuan bank menelefon { $platform } di nombor daripada daftar pengawal selia. "Laman itu bukan milik kami," kata firma yang sebenar. "Ada orang menggunakan nama dan nombor lesen kami." Pengeluaran percubaan itu, jelasnya, ialah umpan.

face-on-the-call-small-loss = Anda meminta untuk mengeluarkan baki anda. "Ditahan: cukai pelepasan ${ $fee } diperlukan." Anda tidak membayarnya. { $man } manis, kemudian dingin, kemudian hilang. ${ $first } itu tidak akan kembali. Baki simpanan anda selamat.
face-on-the-call-small-loss-report = Telefon bank anda dan laporkan kepada ReportCyber dan Scamwatch
    .feedback = Melaporkan kerugian kecil pun membantu: polis mengaitkan kes melalui laman yang sama, wajah yang sama, dompet kripto yang sama.
face-on-the-call-small-loss-tell-friend = Ceritakan kepada { $friend } di kelab buku apa yang berlaku
    .feedback = Bercerita kepada orang lain memang sukar, dan ia memecahkan kesenyapan yang diharapkan oleh skim seperti ini.

## The blocked withdrawal

face-on-the-call-blocked-request = Permintaan pengeluaran: baki penuh. Status: DITAHAN.
face-on-the-call-blocked-tax = Keuntungan mesti dicukai sebelum dilepaskan. Bayar cukai ${ $fee } menggunakan dana luar.
face-on-the-call-blocked-deadline = Bayar dalam 72 jam, atau akaun akan dibekukan atas sebab pematuhan.
face-on-the-call-blocked-pay-fee = Bayar ${ $fee }. Memang banyak, tetapi jauh lebih sedikit daripada bakinya.
    .feedback = Cukai sebenar dibayar kepada pejabat cukai, bukan kepada platform untuk membuka wang anda sendiri. Baki itu hanya angka di skrin yang dikawal oleh penipu, dan setiap yuran akan diikuti yuran lain.
face-on-the-call-blocked-refuse = Tolak. Minta mereka potong cukai itu daripada baki.
    .feedback = Betul. Jika wang itu benar-benar ada, apa-apa yuran boleh dipotong daripadanya. Meminta wang baharu sebelum anda boleh mengeluarkan wang sendiri ialah tanda tiada apa-apa untuk dikeluarkan.
face-on-the-call-blocked-ask-man = Tanya { $man } apa yang perlu dibuat
    .feedback = Anda bertanya kepada satu-satunya orang yang menghantar anda ke situ. Dengar sama ada jawapannya melindungi anda, atau melindungi platform itu.

face-on-the-call-man-fee-half = Itu biasa, sayang, peraturan cukai di sini begitu. Malam ini saya hantar separuh kepada awak, awak bayar bakinya.
face-on-the-call-man-fee-call = Esok saya telefon lagi, kita raikan.
face-on-the-call-man-fee-pay = Bayar yuran itu. Lagipun dia bayar separuh.
    .feedback = "Separuh" daripadanya tidak pernah benar-benar sampai, dan janji panggilan membuat anda terus rasa selamat. Setiap yuran akan diikuti yuran lain.
face-on-the-call-man-fee-refuse = Tolak. Cukai sebenar tidak dibayar kepada laman dagangan.
    .feedback = Betul. Walaupun disokong oleh wajah yang anda percayai, yuran untuk membuka wang anda sendiri ialah tanda tiada apa-apa di situ.

face-on-the-call-stopped = Apabila anda berhenti membayar, { $man } manis, kemudian dingin, kemudian marah. Kemudian nombornya tidak aktif dan laman itu tidak dapat dibuka. Anda rasa loya dan malu. Tetapi ini dilakukan terhadap anda oleh kumpulan tersusun yang melakukannya kepada ribuan orang.
face-on-the-call-stopped-report = Telefon talian penipuan bank anda sekarang, dan laporkan kepada ReportCyber dan Scamwatch
    .feedback = Kepantasan penting: bank mungkin dapat menghentikan bayaran yang belum diproses. Simpan setiap perbualan, resit dan alamat dompet kripto.
face-on-the-call-stopped-tell-friend = Ceritakan kepada { $friend } di kelab buku
    .feedback = Perlu keberanian untuk bercerita. Ia juga memecahkan kesenyapan yang diharapkan oleh penipu.

## Afterwards

face-on-the-call-aftermath = Anda menyekat nombornya dan melaporkannya kepada laman temu janji dan Scamwatch. Anda tidak menghantar apa-apa atas cadangannya, dan tetap terasa sakit. { $daughter } senyap seketika, kemudian berkata: "Saya yang cakap pasal video tu. Maafkan saya, Mak."
face-on-the-call-aftermath-tell-friend = Ceritakan kepada { $friend } di kelab buku
    .feedback = Berkongsi boleh melindungi orang lain, dan menyebutnya dengan kuat juga membantu anda.
face-on-the-call-aftermath-write-genuine = Balas mesej { $genuine }, yang ada kebun sayur itu
    .feedback = Memberi peluang kepada orang lain selepas ditipu memerlukan keberanian. Sekarang anda tahu apa yang perlu diperhatikan.
face-on-the-call-aftermath-rest = Berhenti daripada temu janji buat sementara
    .feedback = Wajar. Berehat bukan berputus asa, dan simpanan anda selamat.

## The friend

face-on-the-call-club-news = { $friend } tidak henti tersenyum. "Saya dah jumpa seseorang! Kami buat panggilan video setiap malam. Dan dia tolong saya berdagang emas. Bulan lepas saya masukkan ${ $big }. Sekarang mereka minta cukai sebelum saya boleh keluarkan, tapi dia kata itu biasa."
    .discuss = { $friend } sudah membayar. Apa yang masih boleh dilakukan oleh seorang kawan pada ketika ini?
face-on-the-call-club-photo = Dia menunjukkan gambar lelaki itu. Nama lain, cerita lain. Wajah yang sama.
face-on-the-call-club-tell-story = Ceritakan kisah anda dengan lembut: wajah yang sama, cadangan yang serupa
    .feedback = Mendengar skrip yang sama dua kali selalunya membuat orang berhenti. Wajah itu dikongsi kerana ia alat, bukan orang yang memilih kamu berdua.
face-on-the-call-club-own-loss = Beritahu dia anda juga kehilangan wang, supaya dia tahu dia tidak bodoh
    .feedback = Kisah anda sendiri membuatkan dia selamat untuk mengaku apa yang berlaku. Rasa malu itulah yang membuat orang terus membayar.
face-on-the-call-club-sit-with = Jangan bertekak tentang lelaki itu. Suruh dia jangan bayar cukai itu, dan tawarkan diri untuk menemaninya menelefon bank.
    .feedback = Yuran untuk mengeluarkan wangnya sendiri ialah tanda paling jelas, dan anda tidak perlu menang perdebatan tentang lelaki itu untuk bertindak.
face-on-the-call-club-keep-quiet = Diam saja. Itu hidupnya, dan dia nampak sangat gembira.
    .feedback = Boleh difahami: tiada siapa mahu menghancurkan hati kawan. Tetapi kesenyapan itulah yang diharapkan oleh skim seperti ini.

## The genuine match

face-on-the-call-genuine-chat-hello = Hai. Saya tak berapa pandai benda dalam talian ni. Cucu perempuan saya yang pasangkan.
face-on-the-call-genuine-chat-garden = Tomato saya berlambak tahun ini. Kalau awak suka, saya boleh bawakan sekotak.
face-on-the-call-genuine-chat-coffee = Mahu minum kopi di pasar pagi Sabtu? Tempatnya sibuk, tak ada paksaan.
    .discuss = Apa yang { $genuine } minta daripada anda, dan apa yang dia tidak pernah minta?
face-on-the-call-genuine-chat-ask-video = Minta panggilan video dulu, seperti kata { $daughter }
    .feedback = Munasabah. Lihat apa yang ditunjukkan oleh panggilan itu, dan apa yang tidak.
face-on-the-call-genuine-chat-meet = Setuju minum kopi di pasar yang sibuk, dan beritahu { $daughter } di mana anda akan berada
    .feedback = Tempat awam yang sibuk dan seseorang yang tahu di mana anda berada: pertemuan pertama yang selamat. Berjumpa secara bersemuka ialah pemeriksaan yang tidak pernah boleh dilepasi penipu.
face-on-the-call-genuine-chat-too-plain = Biarkan. Tiga baris dan satu kesilapan ejaan, lagipun.
    .feedback = Mesej yang kemas mudah ditulis jika menulis ialah kerja anda, dan sesetengah penipu memang menulis untuk mencari makan. Mesej yang ringkas juga tidak membuktikan apa-apa.

face-on-the-call-genuine-connects = Panggilan bersambung dengan pemandangan kipas siling, kemudian sebelah telinga, kemudian separuh muka. "Sekejap, sekejap." Seekor anjing menyalak. Gambar membeku. Dia muncul semula, terbalik.
face-on-the-call-genuine-call-sorry = Maaf, saya memang tak pandai benda ni. Boleh saya telefon biasa saja? Atau kita jumpa di pasar hari Sabtu?
face-on-the-call-genuine-call-suspicious = Lelaki yang tak reti buat panggilan video... Berhenti membalas.
    .feedback = Ujian yang anda pelajari menunjuk ke arah yang salah di sini. Tidak pandai membuat panggilan video tidak menunjukkan apa-apa tentang kejujuran, sama seperti pandai membuatnya juga tidak. Apa yang dia minta daripada anda lebih banyak bercerita: secawan kopi di tempat awam, tidak lebih.
face-on-the-call-genuine-call-phone-then-meet = Bercakap di telefon, kemudian berjumpa minum kopi di pasar yang sibuk
    .feedback = Bagus. Dia tidak pernah memindahkan anda ke aplikasi peribadi, tidak pernah mendesak dan tidak pernah menyebut tentang wang.
face-on-the-call-genuine-call-look-up = Tanya kelab berkebun mana yang dia sertai. Semak dengan kawan yang pergi ke situ, kemudian berjumpa.
    .feedback = Pemeriksaan melalui orang yang anda kenal sendiri ialah pemeriksaan yang kuat. Ia mengambil masa seminggu, dan dia tidak kisah.

## Endings

face-on-the-call-end-safe = Anda tidak menghantar apa-apa atas cadangannya. Wajah dalam panggilan itu mungkin tukar muka secara langsung, atau lelaki sebenar yang dibayar untuk duduk di depan kamera sementara orang lain menaip. Selalunya orang yang menaip, dan kadang-kadang wajah itu sendiri, berada di pusat penipuan, ramai daripada mereka dipaksa melakukannya. Yang melindungi anda bukan keupayaan membezakan yang benar daripada yang palsu. Yang melindungi anda ialah peraturannya: tiada wang atas cadangan orang yang anda kenal dalam talian.
face-on-the-call-end-coffee = Pada hari Sabtu, { $genuine } menunggu di pasar dengan sekotak tomato. Dia lebih rendah daripada dalam gambar dan terlalu banyak bercakap tentang anjingnya. Tiada siapa menyebut tentang wang, emas atau rahsia. Apa pun yang berlaku seterusnya, beginilah rupa orang yang sebenar: perlahan, terbuka dan gembira untuk dilihat.
face-on-the-call-end-alone = Anda berhenti membalas. Beberapa minggu kemudian anda nampak { $genuine } di pasar, mengagihkan tomato di gerai kelab berkebun, berbual dengan jiran anda. Dia memang seperti yang dia katakan. Ujian video tidak dapat memberitahu anda perkara itu. Apa yang dia minta, secawan kopi di tempat awam, boleh.
face-on-the-call-end-scammed = { $man }, { $platform } dan "khidmat pelanggannya" ialah satu skim yang dijalankan oleh penjenayah tersusun. Wang yang anda masukkan sudah hilang. Ia bukan salah anda: wajah itu, panggilan-panggilan itu dan pengeluaran kecil itu dibina untuk lulus setiap pemeriksaan yang anda tahu. Telefon bank anda, laporkan kepada ReportCyber dan Scamwatch, dan simpan setiap perbualan dan resit. Orang dalam panggilan itu mungkin juga seseorang yang ditahan di pusat penipuan dan dipaksa melakukannya. Berhati-hati dengan sesiapa yang menawarkan untuk mendapatkan semula wang anda dengan bayaran.
face-on-the-call-end-small = Anda memang memeriksa: panggilan video, daftar pengawal selia, bermula kecil. Penipu telah membina sesuatu untuk lulus setiap pemeriksaan, sehingga nombor lesen firma sebenar. ${ $first } itu hilang, dan baki simpanan anda selamat kerana anda berhenti. Laporkannya, dan pegang peraturannya: tiada wang atas cadangan orang yang anda kenal dalam talian, walau sebenar mana pun rupanya.
face-on-the-call-end-friend = { $friend } sudah membayar lama sebelum anda tahu. Anda melakukan semuanya dengan betul, dan tetap sudah terlambat untuk ${ $big } miliknya. Ia juga bukan salahnya. Anda menemaninya semasa dia menelefon bank dan melaporkan kepada ReportCyber dan Scamwatch, dan dia tidak membayar cukai itu. Wajah yang sama digunakan pada kamu berdua: mungkin tukar muka, mungkin seorang lelaki di pusat penipuan yang tiada pilihan.
face-on-the-call-end-friend-later = Tiga minggu kemudian { $friend } menelefon anda sambil menangis. Dia membayar cukai itu, kemudian yuran lain, kemudian "yuran pelepasan". Semuanya ${ $lost } hilang. Ia bukan salahnya, dan bukan salah anda: dia sudah membayar sebelum anda tahu. Sekarang anda menemaninya ke bank dan membantunya membuat laporan. Memberitahunya mungkin tidak menyelamatkan wang itu. Ia mungkin menyelamatkan yuran yang terakhir.

## The catalogue's red flags, in this story's setting

face-on-the-call-redflag-move-to-private-app = Berpindah ke aplikasi sembang peribadi
    .explain = Lelaki yang baik dari laman temu janji cepat meminta berpindah ke WhatsApp, dan kemudian menawarkan panggilan video sendiri. Kumpulan penipu kini lulus ujian video dengan tukar muka secara langsung, atau dengan orang sebenar yang diupah, atau dipaksa, duduk di depan kamera.
    .advice = Kekal di laman tempat anda berjumpa. Panggilan video membuktikan kurang daripada yang disangka. Peraturan yang sentiasa benar: jangan sekali-kali melabur atau menghantar wang atas cadangan orang yang anda kenal dalam talian, walau sebenar mana pun rupanya.
face-on-the-call-redflag-crypto-tip-early-profit = Cadangan wang, kemudian untung cepat
    .explain = Selepas berminggu-minggu kemesraan dan panggilan yang nampak benar, cadangan tentang emas atau kripto terasa seperti tanda sayang, bukan jualan. Untung kecil atau pengeluaran yang berjaya membuat platform nampak benar, supaya anda memasukkan lebih banyak.
    .advice = Jangan sekali-kali melabur kerana disuruh oleh orang yang anda kenal dalam talian, sama ada anda sudah melihat wajahnya atau belum. Semak mana-mana platform dengan pengawal selia kewangan melalui butiran hubungan yang anda cari sendiri, dan bincang dulu dengan orang yang anda percayai.
face-on-the-call-redflag-polish-not-proof = Nombor lesen yang tulen bukan bukti
    .explain = Laman dagangan yang kemas, nombor lesen yang ada dalam daftar pengawal selia, "khidmat pelanggan" yang mesra: semuanya terasa rasmi. Penipu menyalin nama dan nombor lesen firma berlesen yang sebenar dan membina laman tiruan, jadi orang teliti yang memeriksa pun boleh tertipu.
    .advice = Semak melalui butiran hubungan yang anda cari sendiri, bukan pautan atau nombor yang dihantar kepada anda: telefon firma itu di nombor dalam daftar pengawal selia, atau tanya bank anda. Dan ingat peraturan yang sentiasa benar: tiada wang atas cadangan orang yang anda kenal dalam talian.
