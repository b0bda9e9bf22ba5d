# Machine-drafted translation: needs review by a native speaker.
family-title = Jauh dari rumah
family-summary = Anak Anda yang sudah dewasa ditawari pekerjaan customer service di Bangkok lewat seorang tetangga. Anda orang tuanya: Anda yang memutuskan apa yang perlu diperiksa, siapa yang dihubungi, dan apa yang dilakukan saat isi pesannya mulai berubah.
family-content-note = Cerita ini tentang sebuah keluarga yang anaknya ditahan di kompleks penipuan. Ada utang yang dikarang-karang, ancaman, dan permintaan uang tebusan, tetapi tidak ada adegan kekerasan. Anda bisa berhenti sejenak atau keluar kapan saja dengan q.

## Tokoh

family-character-neighbour = Tetangga Anda
family-character-cousin = Sepupu Anda
family-character-child = { $child }
family-character-stranger = Nomor tak dikenal
family-character-embassy = Petugas piket kedutaan
family-character-ngo = Pendamping kasus dari LSM

## Variabel

family-child-ravi = Ravi
family-child-priya = Priya
family-child-wanjiru = Wanjiru
family-child-brian = Brian
family-child-joy = Joy
family-child-jomar = Jomar
family-child-dewi = Dewi
family-child-budi = Budi
family-parent-ma = Bu
family-parent-pa = Pak
family-place-myawaddy = Myawaddy, Myanmar
family-place-shwe-kokko = Shwe Kokko, Myanmar
family-place-poipet = Poipet, Kamboja
family-place-sihanoukville = Sihanoukville, Kamboja

## Tawaran dari tetangga

family-news-greet = Kabar baik buat { $child }! Bos keponakan saya di Bangkok lagi butuh staf customer service.
    .discuss = Kenapa sebuah tawaran terasa lebih aman kalau datang dari orang yang kita kenal?
family-news-offer = Gajinya ${ $salary } sebulan, tiket pesawat dan kamarnya sudah dibayar. Syaratnya cuma bahasa Inggris bagus dan bisa mengetik cepat. Tidak perlu pengalaman.
family-news-vouch = Saya kenal { $child } sejak masih sekolah. Keponakan saya berangkat tahun lalu dan tiap bulan kirim uang ke rumah. Masa saya tega mengirim anak kita sendiri ke tempat yang tidak baik?
family-news-say-yes = Berterima kasih kepada tetangga dan mulai merencanakan keberangkatan
    .feedback = Omongan tetangga terasa seperti jaminan, dan justru karena itulah perekrut memakai teman dan tetangga. Mereka mungkin dibayar untuk setiap orang yang mereka kirim, atau mereka sendiri juga tertipu. Gajinya juga jauh di atas bayaran pekerjaan seperti ini, baik di dalam negeri maupun di Bangkok. Dan tiket pesawat serta kamar yang dibayar orang asing nanti bisa kembali sebagai utang.
family-news-ask-papers = Berterima kasih kepada tetangga, tetapi minta nama perusahaan, kontrak, dan nama agennya
    .feedback = Bagus. Percaya pada tetangga itu wajar, tetapi pekerjaan yang asli punya dokumennya sendiri. Memintanya bukan tidak sopan: itulah yang dilakukan setiap orang tua yang berhati-hati.
family-news-ask-cousin = Bicara dulu dengan sepupu Anda, yang anak perempuannya bekerja di luar negeri
    .feedback = Ide bagus: orang yang berangkat ke luar negeri lewat jalur yang benar bisa menunjukkan seperti apa pekerjaan yang asli, jadi Anda bisa membandingkan.

family-neighbour-vague-contract = Kontrak? Nanti ditandatangani di Bangkok waktu { $child } sampai. Perusahaannya besar, namanya tidak penting.
    .discuss = Jawaban mana yang paling membuat Anda khawatir, dan kenapa?
family-neighbour-vague-visa = { $child } berangkat pakai visa turis saja. Izin kerjanya nanti diurus bos. Semua orang juga begitu.
family-neighbour-vague-hurry = Tapi mereka butuh jawaban paling lambat hari Jumat. Banyak yang mau pekerjaan ini.
family-neighbour-vague-check-agency = Sebelum setuju, periksa pekerjaan ini ke lembaga pekerja migran nasional
    .feedback = Benar. Tidak ada kontrak sebelum berangkat, visa turis untuk bekerja, dan tenggat yang tidak menyisakan waktu untuk memeriksa: ini tanda-tanda lowongan palsu yang berujung di kompleks penipuan. Lembaga nasional itu bisa memberi tahu Anda apakah pekerjaannya asli.
family-neighbour-vague-trust-neighbour = Biarkan saja. Tetangga sudah kenal { $child } bertahun-tahun
    .feedback = Desakan itu dibuat supaya Anda tidak sempat memeriksa. Pekerjaan tanpa kontrak tertulis, dengan visa turis, membuat pekerja tidak punya hak dan tidak punya bukti kalau terjadi masalah.
family-neighbour-vague-ask-cousin = Bilang Anda mau memikirkannya dulu, lalu kunjungi sepupu Anda
    .feedback = Mengambil waktu itu boleh. Pemberi kerja yang asli bisa menunggu beberapa hari selagi Anda memeriksa.

## Pekerjaan anak sepupu: pekerjaan yang asli

family-cousin-job = Anak saya? Dia juru masak di dapur hotel di Dubai. Gajinya biasa saja, tidak bikin kaya, tapi datang tiap bulan.
    .discuss = Apa yang membuat pekerjaan anak sepupu Anda berbeda dari tawaran tetangga?
family-cousin-papers = Sebelum berangkat, dia tanda tangan kontrak yang mencantumkan nama hotel, alamat, gaji, dan jam kerja. Dia berangkat dengan visa kerja, bukan visa turis.
family-cousin-checked = Kami mengecek izin agennya di situs web pemerintah untuk pekerja migran, dan pekerjaannya ada di daftar mereka. Mereka juga tidak minta biaya besar dari kami.
family-cousin-check-both = Pekerjaan anaknya terbukti asli. Sekarang periksa tawaran tetangga dengan cara yang sama
    .feedback = Bagus: sekarang Anda tahu seperti apa pekerjaan yang asli. Nama pemberi kerja yang jelas, kontrak sebelum berangkat, visa kerja, agen berizin, dan gaji yang wajar. Tawaran tetangga membayar lebih untuk syarat yang lebih sedikit, dan tidak punya satu pun dari semua itu. Tiket pesawat dan kamar yang dibayarkan untuk seseorang tanpa kontrak nanti bisa disebut utang.
family-cousin-doubt-all = Bilang kepada sepupu Anda bahwa semua pekerjaan di luar negeri itu jebakan
    .feedback = Pekerjaan anaknya asli: ada agen berizin, kontrak, dan visa kerja, dan jutaan orang bekerja di luar negeri dengan aman seperti ini. Tujuannya bukan takut pada setiap tawaran, tetapi memeriksa setiap tawaran. Anda memutuskan untuk memeriksa tawaran tetangga juga.
family-cousin-trust-both = Kedua tawaran datang dari orang yang Anda percaya. Kalau pekerjaan anaknya aman, tawaran tetangga pasti aman juga
    .feedback = Percaya pada seseorang bukan bukti tentang sebuah pekerjaan. Sepupu Anda bisa menunjukkan dokumen; tetangga tidak bisa. Perekrut mengandalkan kepercayaan "pinjaman" seperti ini.

family-agency-check = Anda menanyakan pekerjaan dari tetangga itu ke lembaga pekerja migran nasional. Tidak ada agen berizin, tidak ada pemberi kerja yang disetujui, dan tidak ada permintaan tenaga kerja yang terdaftar. Petugasnya bilang pekerjaan asli di luar negeri selalu disertai kontrak sebelum berangkat dan visa kerja. Tawaran seperti ini sering berakhir di kompleks penipuan di Kamboja atau Myanmar.
    .discuss = Di negara Anda, di mana Anda bisa memeriksa tawaran kerja ke luar negeri?
family-agency-check-show-child = Duduk bersama { $child } dan tunjukkan apa yang Anda temukan
    .feedback = Bagus. Pekerjaan yang tidak dikenal oleh lembaga pekerja migran nasional adalah salah satu tanda bahaya yang paling jelas. Menyampaikan fakta dengan tenang membantu { $child } mengambil keputusan.
family-agency-check-keep-quiet = Diam saja. { $child } sudah dewasa, dan sedang senang sekali
    .feedback = Hasil pemeriksaan menunjukkan bahwa tidak ada agen berizin yang tahu pekerjaan ini. Itu salah satu peringatan paling jelas. Kalau Anda diam, { $child } berangkat tanpa mengetahuinya.

family-talk-excited = Tapi, { $parent }, semua orang bilang kerjaannya bagus! Keponakan tetangga saja bisa kirim uang ke rumah.
family-talk-help = Aku juga mau bantu bayar tagihan. Di sini nggak ada kerjaan buat aku.
family-talk-look-together = Tunjukkan temuan Anda, dan ajak mencari pekerjaan lewat agen berizin bersama-sama
    .feedback = Fakta, rasa hormat, dan rencana lebih ampuh daripada rasa takut. { $child } tetap ingin bekerja di luar negeri, dan jalan yang aman membuat tawaran yang tidak aman lebih mudah ditolak.
family-talk-forbid = Larang dia berangkat. Anda orang tuanya, dan keputusan Anda sudah final
    .feedback = Rasa takut itu wajar. Tetapi larangan sering membuat anak yang sudah dewasa tetap pergi, diam-diam, lalu tidak bercerita saat terjadi masalah. Obrolan terbuka dan rencana yang lebih baik membuat pintu tetap terbuka.

family-end-safe = { $child } tidak mengambil pekerjaan itu, dan berminggu-minggu kesal kepada Anda: keponakan tetangga terus memasang foto dari "Bangkok". Beberapa bulan kemudian { $child } mendapat kerja di toko di kota, dengan gaji lebih kecil. Anda melaporkan tawaran tetangga ke badan pekerja migran, supaya keluarga lain bisa diperingatkan. Tetap tinggal ada harganya, dan itu nyata; tetapi keputusan itu diambil dengan mengetahui faktanya.

## Di luar negeri

family-itinerary-route = { $parent }, perusahaan sudah kirim tiketku! Pertama ke Kuala Lumpur, lalu tiket terpisah dari sana ke Bangkok. Katanya lebih murah.
    .discuss = Mengapa sebuah perusahaan mengirim orang ke Bangkok lewat kota lain, dengan dua tiket?
family-itinerary-met = Ada orang perusahaan yang menjemputku di Kuala Lumpur dengan tiket kedua. Dua minggu lagi aku berangkat!
family-itinerary-ask-route = Tanyakan kenapa perjalanannya dibagi dua, dan minta setiap nomor penerbangan serta nama orang yang menjemput { $child }
    .feedback = Pertanyaan yang wajar. Pekerjaan di Bangkok yang dicapai lewat kota lain, dengan tiket terpisah, dan orang asing yang menyerahkan tiket berikutnya, adalah pola yang dikenal: itu membuat petugas, dan Anda, lebih sulit mengetahui di mana { $child } berada. Setiap nomor penerbangan dan nama yang Anda simpan sekarang akan membantu jika terjadi sesuatu.
family-itinerary-wish-luck = Doakan { $child } selamat jalan. Tiket murah memang sering memutar
    .feedback = Penerbangan transit yang murah itu biasa, jadi ini terdengar wajar. Tetapi dua tiket terpisah dan seorang pria yang menunggu dengan tiket berikutnya membuat rutenya sulit diikuti, bagi petugas imigrasi dan bagi Anda. Menanyakan setiap langkah dan mencatatnya tidak ada ruginya.
family-itinerary-check-ins = Sepakati bahwa { $child } mengirim pesan di setiap persinggahan, dan Anda akan menelepon kedutaan kalau ada yang tidak datang
    .feedback = Bagus: rute yang terpotong-potong lebih sulit diikuti, dan pesan dari setiap persinggahan meninggalkan jejak. Kalau pesannya berhenti, Anda akan tahu kapan dan di mana, dan siapa yang harus dihubungi.

family-departure = Dua minggu kemudian { $child } terbang ke Bangkok. Pesan-pesan pertama penuh kegembiraan: swafoto di bandara, kamar hotel, sepiring mi yang pedas sekali. Lalu, selama seminggu, tidak ada kabar.

family-move-sorry = Maaf, { $parent }, nggak sempat nulis. Perusahaan memindahkan kami ke kantor baru.
    .discuss = Apa yang sudah berubah sejak pekerjaan itu ditawarkan?
family-move-border = Kami naik mobil semalaman. Di perbatasan kami nggak lewat imigrasi. Ada laki-laki yang membawa kami menyeberang lewat jalan setapak. Kata sopirnya itu biasa.
family-move-place = Sekarang kami di { $place }. Internet di sini jelek. Nanti aku kabari kalau bisa.
family-move-save-location = Minta { $child } membagikan lokasi terkini dan nama perusahaannya. Simpan setiap pesan
    .feedback = Bagus. Pekerjaannya tadinya di Thailand; sekarang di negara lain, dan sampai ke sana tanpa melewati imigrasi. Tempat kerja yang berubah dan perbatasan yang diseberangi diam-diam adalah dua tanda bahaya yang kuat. Lokasi yang tersimpan dan tangkapan layar akan membantu siapa pun yang nanti berusaha menolong.
family-move-stay-calm = Kirim emoji hati dan tulis: "Kerja yang rajin, kami bangga sama kamu"
    .feedback = Wajar kalau Anda ingin tetap berpikir positif. Tetapi pekerjaannya sudah pindah ke negara lain, dan { $child } menyeberangi perbatasan tanpa lewat imigrasi. Ini dua tanda kuat bahwa ada yang tidak beres, dan menyimpan lokasi serta pesan-pesannya sekarang akan membantu nanti.

family-silence = Pesan makin jarang: balasan pendek, di jam-jam yang aneh. Lalu sepuluh hari tanpa kabar sama sekali. Suatu malam, sudah larut, HP Anda menyala.

family-debt-quick = { $parent }, aku nggak bisa lama. HP kami diperiksa.
    .discuss = Apa yang mungkin dirasakan orang tua pada saat seperti ini? Apa yang bisa mereka lakukan lebih dulu, sebelum mengirim uang sedikit pun?
family-debt-owe = Kerjaannya nggak seperti yang mereka bilang. Kata bos, aku utang ${ $debt } untuk tiket pesawat, visa, dan kamar.
family-debt-please = Aku cuma bisa keluar kalau bayar. Tolong kirim ke rekening ini. Tolong jangan bilang siapa-siapa.
family-debt-pay-debt = Kirim uangnya malam ini. { $child } memohon kepada Anda
    .feedback = Orang tua mana pun pasti ingin membayar. Tetapi "utang" ini dibuat-buat untuk menjerat pekerja. Membayarnya jarang membuat orang bebas, dan justru menunjukkan kepada para bos bahwa keluarga Anda bisa mencari uang.
family-debt-call-embassy = Jangan kirim uang dulu. Malam ini juga, telepon kedutaan dan hotline nasional
    .feedback = Benar. Utang untuk perjalanan dan tempat tinggal yang harus dilunasi sebelum boleh pergi adalah jebakan yang sudah dikenal: jeratan utang. Kedutaan dan hotline nasional mengenal kasus seperti ini, dan menghubungi mereka lebih aman daripada polisi di dekat kompleks, tempat laporan bisa bocor ke para bos.
family-debt-call-police = Cari nomor polisi di { $place }, lalu laporkan
    .feedback = Itu terasa seperti langkah yang paling jelas. Tetapi para penyintas bercerita bahwa kontak dengan polisi setempat di dekat kompleks kadang diteruskan ke para bos. Jalur yang lebih aman adalah kedutaan, hotline nasional, dan LSM tepercaya.

family-police = Petugas yang Anda hubungi di { $place } sopan dan mencatat rinciannya. Dua hari kemudian { $child } menulis dari HP pinjaman: "Bos tahu keluarga aku lapor polisi. Kami dipindah ke gedung lain. Tolong jangan telepon mereka lagi."

family-ransom-company = Ini perusahaan tempat { $child } bekerja. { $child } melanggar aturan kami dan sedang dihukum.
    .discuss = Kenapa para penjahat ingin keluarga bertindak sendirian dan cepat?
family-ransom-pay = Kirim ${ $ransom } dalam USDT dalam 48 jam. Kalau tidak, { $child } dijual ke perusahaan lain.
family-ransom-no-police = Jangan lapor polisi. Kami pasti tahu.
family-ransom-pay-ransom = Pinjam uang dari saudara dan bayar, supaya hukumannya berhenti
    .feedback = Ingin menghentikan penderitaan dengan cara apa pun itu manusiawi. Tetapi membayar tidak menjamin pembebasan, dan keluarga sering menghadapi permintaan baru setelah membayar. Para penjahat mengandalkan rasa takut dan keterburu-buruan.
family-ransom-get-help = Jangan dibalas. Simpan semua pesan, lalu telepon kedutaan dan hotline nasional
    .feedback = Tepat. Ancaman dan permintaan tebusan kepada keluarga adalah cara kompleks memeras lebih banyak uang. Simpan setiap pesan, nomor, dan rekening: kedutaan dan LSM yang menangani kasus seperti ini membutuhkannya.

## Mencari bantuan

family-embassy-hello = Kedutaan, dengan petugas piket. Saya turut prihatin atas kejadian ini. Anda sudah benar menelepon kami.
family-embassy-advice = Kami sudah membantu keluarga lain dalam kasus seperti ini. Mohon jangan kirim uang kepada siapa pun, dan jangan menelepon polisi setempat sendiri.
family-embassy-need = Kami perlu data paspor { $child }, lokasi terakhir yang diketahui, nomor-nomor yang menghubungi Anda, dan rekening bank atau akun kripto apa pun yang mereka berikan.
family-embassy-send-saved = Kirim lokasi, nama perusahaan, dan tangkapan layar yang sudah Anda simpan
    .feedback = Karena Anda menyimpannya waktu { $child } dipindahkan, kedutaan bisa langsung bergerak. Catatan yang baik adalah salah satu hal paling berguna yang bisa diberikan keluarga.
family-embassy-collect-now = Minta seorang kerabat membantu Anda memeriksa HP dan mengumpulkan semuanya
    .feedback = Bagus: keluarga bisa membantu. Setiap tanggal, nomor, rekening, dan nama tempat membantu orang-orang yang mencari { $child }.

family-records = Saudara perempuan Anda datang. Sampai larut malam kalian memotret layar setiap pesan, mencatat setiap nomor dan tanggal, dan menemukan tempat terakhir yang disebut { $child }: { $place }. Anda mengirim semuanya ke kedutaan. Petugasnya memberi Anda nomor sebuah LSM yang bekerja sama dengan mereka.

family-ngo-hello = Halo, saya pendamping kasus yang disebutkan pihak kedutaan. Kami membantu orang keluar dari kompleks penipuan dan pulang ke rumah.
family-ngo-plan = Kami bekerja sama dengan kedutaan dan dengan mitra di dekat { $place }. Mohon jangan membayar siapa pun, dan kabari kami setiap ada pesan baru.
family-ngo-recruiter = Satu pertanyaan: siapa yang mencarikan pekerjaan ini untuk { $child }?
family-ngo-report-neighbour = Berikan nama dan nomor tetangga itu kepada pendamping kasus, dan untuk sementara jangan bilang apa-apa kepada tetangga
    .feedback = Bagus. Orang yang meneruskan tawaran itu mungkin dibayar untuk setiap orang yang direkrut, atau mungkin juga tertipu. Pendamping kasus dan hotline bisa menindaklanjutinya dan memperingatkan keluarga lain, tanpa membuat para bos curiga.
family-ngo-confront = Datangi rumah tetangga dan tuntut penjelasan
    .feedback = Kemarahan Anda wajar. Tetapi kabar dari tetangga bisa sampai ke para bos, dan tetangga itu mungkin juga korban kebohongan ini. Lebih aman membiarkan pendamping kasus dan hotline yang menindaklanjutinya.

family-wait-ignoring = Keluarga kalian mengabaikan kami. Itu keputusan yang buruk.
family-wait-threat = Bayar ${ $ransom } hari ini, atau { $child } dikirim ke perusahaan lain yang jauh. Kalian tidak akan bisa menemukan { $child } lagi.
family-wait-last = Kesempatan terakhir.
family-wait-forward = Jangan balas. Teruskan pesan itu ke pendamping kasus dan kedutaan
    .feedback = Sangat berat, tetapi benar. Ancaman dibuat supaya Anda bertindak sendirian dan cepat. Orang-orang yang menangani kasus ini perlu melihatnya, dan membayar sekarang bisa memunculkan permintaan baru.
family-wait-forward-paid = Jangan balas. Teruskan pesan itu ke pendamping kasus dan kedutaan
    .feedback = Sangat berat, tetapi benar. Anda sudah pernah membayar dan itu tidak membawa { $child } pulang; ancaman dibuat supaya Anda membayar lagi. Orang-orang yang menangani kasus ini perlu melihatnya.
family-wait-pay-now = Anda sudah tidak tahan lagi. Bayar, dan berharap semuanya selesai
    .feedback = Setelah berminggu-minggu ketakutan, siapa pun bisa menyerah. Tetapi ancaman itu taktik untuk menekan, dan pembayaran sering disusul permintaan berikutnya. Pendamping kasus bisa membantu Anda memutuskan; Anda tidak harus menghadapinya sendirian.

family-more-demands-received = Uang sudah diterima.
family-more-demands-more = Tapi { $child } masih berutang ${ $debt } untuk makan, pelatihan, dan "biaya pindah".
family-more-demands-go = Bayar, dan { $child } boleh pulang. Jangan terlambat.
family-more-demands-pay-again = Bayar lagi. Mungkin kali ini selesai
    .feedback = "Utang" itu bertambah setiap kali Anda membayar: memang begitu cara kerjanya. Setiap pembayaran menunjukkan kepada para bos bahwa keluarga Anda bisa mencari uang lagi.
family-more-demands-stop-paying = Berhenti membayar. Bawa semua bukti transfer dan pesan ke kedutaan
    .feedback = Benar. Utang yang terus bertambah adalah jeratan utang: utang itu memang tidak pernah dimaksudkan untuk lunas. Bukti transfer dan pesan-pesan Anda membantu kedutaan dan LSM menemukan { $child } dan orang-orang di balik semua ini.

## Akhir cerita

family-end-helped = Enam minggu kemudian kedutaan menelepon. Bersama LSM dan pihak berwenang, mereka mengeluarkan { $child } dan yang lain dari kompleks itu. Lalu berminggu-minggu di rumah aman, wawancara untuk memilah siapa korban perdagangan orang, dan dokumen perjalanan baru, sebelum { $child } tiba di rumah, lelah tetapi selamat. { $child } adalah korban, bukan penjahat, dan berhak diperlakukan demikian; telepon dan catatan Anda membantu. Perekrut kadang menghubungi penyintas lagi, jadi simpan nomor kedutaan.
family-end-open = Dua bulan kemudian ada telepon dari nomor tak dikenal. Itu { $child }, di sebuah rumah aman dekat perbatasan: pendamping kasus sempat menitipkan kontak yang aman lewat Anda, dan suatu malam { $child } dan dua orang lain berhasil keluar dan sampai ke sana. Uang yang Anda bayarkan sudah hilang, dan masih ada urusan dokumen sebelum bisa pulang. Tetapi { $child } sudah keluar, dan Anda tidak sendirian menghadapi ini.
family-end-scammed = Anda membayar, lalu membayar lagi, dan setiap pembayaran disusul permintaan baru. Itulah rencana para penjahat: "utang" itu tidak pernah habis, dan ini bukan salah Anda. Belum terlambat: berhenti membayar, simpan semua bukti transfer dan pesan, lalu datangi kedutaan, hotline nasional, dan LSM tepercaya. Orang memang bisa keluar, bahkan setelah berbulan-bulan.

## Sudah diperiksa, lalu apa

family-character-agency = Petugas agen penyalur berizin
family-character-fixer = Ricky, "koordinator penyelamatan"
family-agency-check-tell-neighbour = Datangi lagi tetangga dan sampaikan apa kata badan itu
    .feedback = Wajar memberinya kesempatan menjelaskan. Ia tersinggung: badan itu "lamban dan korup", keponakannya baik-baik saja. Malamnya { $child } mendengar hal itu dan marah kepada Anda. Tetap saja, pemeriksaan ini tidak membuat hilang apa pun yang akan hilang dari pekerjaan sungguhan.
family-talk-let-go = Ini hidup { $child }. Sepakati satu pesan setiap hari, dan simpan fotokopi paspornya
    .feedback = Menghormati keputusan anak yang sudah dewasa itu wajar, dan pesan harian serta fotokopi paspor akan membantu bila terjadi sesuatu. Tetapi pekerjaannya sendiri tetap tidak bisa diperiksa siapa pun.

family-licensed-job = Sebuah agen berizin yang ada di daftar pemerintah punya lowongan di sebuah hotel di Doha: housekeeping, nama hotelnya jelas, kontrak bisa dibaca sebelum ditandatangani, visa kerja.
    .discuss = Pekerjaan ini gajinya lebih kecil, ada biaya, dan butuh berbulan-bulan. Mengapa sebuah keluarga tetap memilihnya?
family-licensed-fee = Gajinya sekitar dua pertiga dari janji tetangga. Ada biaya ${ $fee } untuk pemeriksaan kesehatan dan dokumen, yang ditetapkan pemerintah, dengan kuitansi resmi.
family-licensed-wait = Dokumennya butuh tiga bulan. { $child } menghela napas: "Kerjaan dari tetangga berangkat hari Jumat."
family-licensed-pay-fee = Bayar biayanya dengan kuitansi, dan tunggu tiga bulan
    .feedback = Biaya tidak selalu tanda bahaya: agen berizin boleh memungut biaya yang diizinkan hukum, dengan kuitansi, untuk dokumen yang sah. Pekerjaan ini aman karena setiap bagiannya bisa diperiksa: hotelnya, kontraknya, visanya, izin agennya.
family-licensed-too-slow = Tiga bulan terlalu lama. Biarkan { $child } mengambil kerjaan dari tetangga saja
    .feedback = Menunggu dan biaya adalah harga yang nyata, dan tawaran satunya berangkat Jumat: desakan waktu itulah yang diandalkan tawaran palsu. Tidak ada yang berubah menjadi lebih mudah diperiksa dari kerjaan tetangga.
family-licensed-work-here = Minta { $child } mencari kerja di sini dulu, dan simpan uang biayanya
    .feedback = Menghemat biaya dan menjaga { $child } tetap dekat itu bisa dimengerti. Tetapi { $child } juga kehilangan pekerjaan sungguhan, dan kesempatan membantu keluarga seperti yang ia inginkan.

family-end-genuine = Tiga bulan kemudian { $child } terbang ke Doha dengan visa kerja, kontrak yang sudah ditandatangani, dan nomor agen di ponselnya. Gaji pertama datang tepat waktu, lebih kecil dari janji tetangga, tetapi nyata. Anda memeriksa, dan kali ini tawarannya sungguhan: memeriksa tidak sama dengan menolak semuanya.

## Jalan yang hati-hati, tetapi tetap berakhir buruk

family-move-call-embassy-now = Telepon kedutaan malam ini juga dan sampaikan semua yang baru ditulis { $child }
    .feedback = Bertindak cepat itu tepat. Pekerjaannya pindah ke negara lain dan perbatasan dilewati tanpa imigrasi: dua tanda yang kuat. Kini kedutaan punya berkas, tempat, dan tanggal.
family-embassy-early-file = Kedutaan, petugas piket. Terima kasih sudah menelepon lebih awal: kami sudah membuka berkas untuk { $child }.
family-embassy-early-far = { $place } jauh dari kami, di seberang perbatasan, dan aparat di sana lamban bertindak kalau hanya ada nama dan kota. Kami akan bekerja dengan mitra. Tolong simpan setiap pesan.
family-embassy-early-wait = Kalau { $child } menulis lagi, tanyakan nama gedungnya, patokan, apa saja yang bisa kami berikan kepada mitra.
family-moved = { $child } menulis dua kali lagi, singkat dan hati-hati, dan Anda meneruskan setiap katanya. Lalu pesan berhenti. Lima minggu kemudian kedutaan menelepon: ketika mitra mereka tiba di gedung di { $place }, perusahaan itu sudah memindahkan pekerjanya ke tempat lain seminggu sebelumnya. Belum ada yang tahu ke mana.
family-end-moved = Anda sudah melakukan semua yang bisa dilakukan orang tua yang hati-hati: melihat tandanya sejak awal, menelepon kedutaan lebih dulu, dan tidak mengirim uang. Perusahaan itu tetap memindahkan pekerjanya, seperti yang sering mereka lakukan, dan bukan telepon Anda penyebabnya. { $child } masih ditahan. Kasusnya tetap terbuka: kedutaan, LSM, dan hotline nasional terus mencari, dan ada keluarga yang menemukan anaknya berbulan-bulan kemudian, sering berkat catatan seperti milik Anda. Simpan setiap pesan, dan biarkan ponsel tetap menyala.

## Minta tolong di internet

family-ransom-post-online = Pasang foto { $child } dan ceritanya di Facebook: pasti ada yang kenal orang di sana
    .feedback = Wajar meminta bantuan saat merasa sendirian. Tetapi unggahan publik bisa sampai ke bos, dan dibaca orang-orang yang mencari untung dari keluarga yang putus asa.
family-fixer-saw = Saya lihat unggahan Anda. Saya ikut sedih. Saya sudah membantu banyak keluarga seperti Anda.
    .discuss = Ricky terdengar baik dan mengenal tempatnya. Apa yang ingin Anda ketahui tentang dia sebelum memercayainya?
family-fixer-contacts = Saya punya kenalan di dalam { $place }. Bulan lalu saya mengeluarkan sebelas pekerja. Lihat (foto sekelompok orang tersenyum di halte bus).
family-fixer-fee = Untuk sopir dan penjaga, saya perlu ${ $fee } hari ini. Tiga hari lagi { $child } keluar. Jangan bilang kedutaan, mereka terlalu lamban dan bos akan tahu.
family-fixer-pay-fixer = Bayar dia. Kedutaan belum berbuat apa-apa untuk Anda
    .feedback = Setelah unggahan seperti milik Anda, "penyelamat" palsu menulis dalam hitungan jam, dengan foto dan suara yang ramah. Mereka minta uang dulu dan merahasiakannya dari kedutaan; lalu menghilang.
family-fixer-ask-embassy = Tanyakan tentang dia ke kedutaan sebelum mengirim apa pun
    .feedback = Bagus: penyelamatan sungguhan bekerja bersama kedutaan dan tidak perlu bersembunyi darinya. Begitu Anda menyebut kedutaan, Ricky berhenti membalas.
family-fixer-pay-ransom = Mungkin dia pembohong. Bayar saja perusahaannya, supaya { $child } tidak dijual
    .feedback = Kedua tuntutan memainkan ketakutan yang sama. Membayar perusahaan tidak menjamin pembebasan, dan keluarga sering menghadapi tuntutan baru setelah membayar.
family-end-fixer = Ricky mengambil ${ $fee } dan tidak membalas lagi. Anda tidak berbuat bodoh: ia menulis kepada Anda karena unggahan Anda menunjukkan keluarga yang sedang terluka, dan itulah yang dicari orang seperti dia. Perusahaan masih menahan { $child }. Belum terlambat: bawa pesan-pesannya dan bukti transfer ke kedutaan dan hotline nasional, jangan berbicara lagi di depan umum, dan ikuti arahan LSM yang bekerja dengan kedutaan.

family-ngo-ask-elders = Minta para tetua kampung berbicara dengan keluarga tetangga
    .feedback = Komunitas Anda bisa menanggung banyak hal, dan para tetua mungkin tahu untuk siapa keponakan itu bekerja. Tetapi pembicaraan diam-diam pun bisa sampai ke bos. Sampaikan temuan Anda kepada pendamping kasus, dan biarkan ia memutuskan cara memakainya.
family-more-demands-ask-voice = Minta dengar suara { $child } dulu, baru bayar
    .feedback = Mendengar { $child } melegakan, tetapi itu hanya membuktikan { $child } masih hidup dan masih ditahan. "Utang" itu dibuat untuk terus bertambah; pesan suara tidak mengubahnya.

family-redflag-upfront-fee = Membayar orang asing untuk menyelamatkan
    .explain = Ketika orang tercinta ditahan, siapa pun yang berkata bisa mengeluarkannya terasa seperti harapan. "Penyelamat" palsu membaca unggahan keluarga dan meminta uang lebih dulu, sering sambil meminta merahasiakannya dari kedutaan.
    .advice = Jangan membayar siapa pun yang menawarkan penyelamatan dengan biaya. Bantuan sungguhan bekerja bersama kedutaan dan tidak pernah meminta Anda bersembunyi darinya: tanyakan ke kedutaan atau hotline nasional tentang siapa pun yang menghubungi Anda.
