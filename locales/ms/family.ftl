# Machine-drafted translation: needs review by a native speaker.
family-title = Jauh dari rumah
family-summary = Anak anda yang sudah dewasa ditawarkan kerja khidmat pelanggan di Bangkok melalui seorang jiran. Anda ialah ibu atau bapa: anda yang menentukan apa yang perlu disemak, siapa yang perlu dihubungi dan apa yang perlu dibuat apabila mesej mula berubah.
family-content-note = Cerita ini tentang sebuah keluarga yang anaknya ditahan di pusat penipuan. Ia menyentuh tentang hutang rekaan, ugutan dan tuntutan wang tebusan, tetapi tidak menunjukkan keganasan. Anda boleh berhenti seketika atau keluar pada bila-bila masa dengan q.

## Characters

family-character-neighbour = Jiran anda
family-character-cousin = Sepupu anda
family-character-child = { $child }
family-character-stranger = Nombor tidak dikenali
family-character-embassy = Pegawai bertugas kedutaan
family-character-ngo = Pegawai kes NGO

## Variables

family-child-ravi = Ravi
family-child-priya = Priya
family-child-wanjiru = Wanjiru
family-child-brian = Brian
family-child-joy = Joy
family-child-jomar = Jomar
family-child-dewi = Dewi
family-child-budi = Budi
family-parent-ma = Mak
family-parent-pa = Ayah
family-place-myawaddy = Myawaddy, Myanmar
family-place-shwe-kokko = Shwe Kokko, Myanmar
family-place-poipet = Poipet, Kemboja
family-place-sihanoukville = Sihanoukville, Kemboja

## The neighbour's offer

family-news-greet = Berita baik untuk { $child }! Bos anak saudara saya di Bangkok perlukan staf khidmat pelanggan.
    .discuss = Kenapa tawaran terasa lebih selamat apabila datang daripada orang yang kita kenal?
family-news-offer = ${ $salary } sebulan, tiket kapal terbang dan bilik ditanggung. Cuma perlu bahasa Inggeris yang baik dan pandai menaip laju. Tak perlu pengalaman.
family-news-vouch = Saya kenal { $child } sejak zaman sekolah. Anak saudara saya pergi tahun lepas dan hantar duit ke rumah setiap bulan. Takkanlah saya nak hantar anak kita sendiri ke tempat yang tak elok?
family-news-say-yes = Ucapkan terima kasih kepada jiran dan mula merancang perjalanan
    .feedback = Kata-kata jiran terasa seperti jaminan, dan sebab itulah perekrut menggunakan kawan dan jiran. Mereka mungkin dibayar bagi setiap orang yang mereka hantar, atau mereka sendiri tertipu. Gajinya juga jauh lebih tinggi daripada bayaran biasa untuk kerja ini, sama ada di sini atau di Bangkok. Dan tiket penerbangan serta bilik yang dibayar oleh orang yang tidak dikenali boleh kembali sebagai hutang kemudian.
family-news-ask-papers = Ucapkan terima kasih kepada jiran, tetapi minta nama syarikat, kontrak dan nama agensi
    .feedback = Bagus. Mempercayai jiran itu perkara biasa, tetapi kerja yang sebenar ada dokumennya sendiri. Memintanya bukan kurang sopan: itulah yang dibuat oleh mana-mana ibu bapa yang berhati-hati.
family-news-ask-cousin = Bincang dahulu dengan sepupu anda, yang anak perempuannya bekerja di luar negara
    .feedback = Idea yang baik: orang yang pergi ke luar negara dengan cara yang betul boleh menunjukkan rupa kerja yang sebenar, supaya anda boleh membandingkannya.

family-neighbour-vague-contract = Kontrak? Mereka tandatangan di Bangkok bila { $child } sampai nanti. Syarikat besar, nama tak penting.
    .discuss = Jawapan yang mana paling membimbangkan anda, dan kenapa?
family-neighbour-vague-visa = { $child } cuma terbang guna visa pelancong. Nanti bos uruskan permit kerja. Semua orang buat begitu.
family-neighbour-vague-hurry = Tapi mereka nak jawapan sebelum hari Jumaat. Ramai orang nak kerja ini.
family-neighbour-vague-check-agency = Sebelum bersetuju, semak kerja itu dengan agensi pekerja migran kebangsaan
    .feedback = Betul. Tiada kontrak sebelum berangkat, visa pelancong untuk bekerja, dan tarikh akhir yang tidak memberi masa untuk menyemak: ini tanda-tanda kerja palsu yang membawa ke pusat penipuan. Agensi kebangsaan boleh memberitahu anda sama ada kerja itu benar.
family-neighbour-vague-trust-neighbour = Biarkan sahaja. Jiran itu sudah kenal { $child } bertahun-tahun
    .feedback = Desakan itu bertujuan menghalang anda daripada menyemak. Kerja tanpa kontrak bertulis, menggunakan visa pelancong, menyebabkan pekerja tiada hak dan tiada bukti jika berlaku masalah.
family-neighbour-vague-ask-cousin = Katakan anda akan fikirkan dahulu, dan pergi berjumpa sepupu anda
    .feedback = Mengambil masa itu dibenarkan. Majikan yang sebenar boleh menunggu beberapa hari sementara anda menyemak.

## The cousin's job: a real one

family-cousin-job = Anak saya? Dia jadi tukang masak di dapur hotel di Dubai. Gajinya biasa saja, bukan kaya-raya, tapi dapat setiap bulan.
    .discuss = Apa yang membezakan kerja sepupu itu daripada tawaran jiran?
family-cousin-papers = Sebelum dia pergi, dia tandatangan kontrak yang ada nama hotel, alamat, gaji dan waktu kerja. Dia pergi dengan visa kerja, bukan visa pelancong.
family-cousin-checked = Kami semak lesen agensi itu di laman web kerajaan untuk pekerja migran, dan kerjanya ada dalam senarai mereka. Mereka tak minta yuran yang besar daripada kami.
family-cousin-check-both = Kerjanya memang sah. Sekarang semak tawaran jiran dengan cara yang sama
    .feedback = Bagus: sekarang anda tahu rupa kerja yang sebenar. Majikan yang dinamakan, kontrak sebelum berangkat, visa kerja, agensi berlesen dan gaji yang biasa. Tawaran jiran membayar lebih untuk kerja yang kurang, dan tiada satu pun daripada semua ini. Tiket penerbangan dan bilik yang dibayar untuk seseorang tanpa kontrak boleh dipanggil hutang kemudian.
family-cousin-doubt-all = Beritahu sepupu anda bahawa setiap kerja di luar negara ialah perangkap
    .feedback = Kerja anaknya memang benar: ada agensi berlesen, kontrak dan visa kerja, dan berjuta-juta orang bekerja di luar negara dengan selamat seperti ini. Tujuannya bukan untuk takut akan setiap tawaran, tetapi untuk menyemak setiap satu. Anda memutuskan untuk menyemak tawaran jiran juga.
family-cousin-trust-both = Kedua-dua tawaran datang daripada orang yang anda percayai. Jika kerja anaknya elok, tawaran jiran pun mesti elok
    .feedback = Percaya kepada seseorang bukan bukti tentang sesuatu kerja. Sepupu anda boleh menunjukkan dokumen; jiran itu tidak boleh. Perekrut bergantung pada kepercayaan pinjaman seperti ini.

family-agency-check = Anda bertanya kepada agensi pekerja migran kebangsaan tentang kerja yang ditawarkan jiran. Tiada agensi berlesen, tiada majikan yang diluluskan dan tiada pesanan kerja. Pegawai itu berkata kerja sebenar di luar negara datang dengan kontrak sebelum berangkat dan visa kerja. Tawaran seperti ini sering berakhir di pusat penipuan di Kemboja atau Myanmar.
    .discuss = Di mana anda boleh menyemak tawaran kerja luar negara di negara anda?
family-agency-check-show-child = Duduk bersama { $child } dan tunjukkan apa yang anda temui
    .feedback = Bagus. Kerja yang tidak diketahui oleh agensi pekerja migran kebangsaan ialah salah satu tanda amaran yang paling jelas. Berkongsi fakta dengan tenang membantu { $child } membuat keputusan.
family-agency-check-keep-quiet = Diam sahaja. { $child } sudah dewasa, dan begitu teruja
    .feedback = Semakan itu menunjukkan tiada agensi berlesen yang tahu tentang kerja ini. Itu salah satu amaran yang paling jelas. Berdiam diri bermakna { $child } pergi tanpa mengetahuinya.

family-talk-excited = Tapi { $parent }, semua orang kata kerja ni bagus! Anak saudara jiran tu hantar duit ke rumah.
family-talk-help = Lagipun saya nak tolong bayar bil. Di sini tak ada kerja untuk saya.
family-talk-look-together = Tunjukkan apa yang anda temui, dan ajak cari kerja melalui agensi berlesen bersama-sama
    .feedback = Fakta, rasa hormat dan rancangan lebih berkesan daripada rasa takut. { $child } masih mahu bekerja di luar negara, dan jalan yang selamat memudahkan tawaran yang tidak selamat ditolak.
family-talk-forbid = Larang perjalanan itu. Anda ibu bapanya, dan itu muktamad
    .feedback = Rasa takut itu memang munasabah. Tetapi larangan sering mendorong anak yang sudah dewasa untuk tetap pergi, secara senyap, dan kemudian berdiam diri apabila berlaku masalah. Perbincangan terbuka dan rancangan yang lebih baik membiarkan pintu terus terbuka.

family-end-safe = { $child } tidak mengambil kerja itu, dan berminggu-minggu marah kepada anda: anak saudara jiran terus menyiarkan gambar dari "Bangkok". Beberapa bulan kemudian { $child } mendapat kerja di kedai di bandar, dengan gaji lebih rendah. Anda melaporkan tawaran jiran kepada agensi pekerja migran, supaya keluarga lain dapat diberi amaran. Tinggal di rumah ada harganya, dan ia nyata; tetapi keputusan itu dibuat dengan mengetahui faktanya.

## Abroad

family-itinerary-route = { $parent }, syarikat dah hantar tiket saya! Mula-mula ke Kuala Lumpur, lepas tu tiket berasingan dari sana ke Bangkok. Kata mereka lebih murah.
    .discuss = Mengapa sebuah syarikat menghantar seseorang ke Bangkok melalui bandar lain, dengan dua tiket?
family-itinerary-met = Ada orang syarikat akan jumpa saya di Kuala Lumpur dengan tiket kedua. Dua minggu lagi saya terbang!
family-itinerary-ask-route = Tanya kenapa perjalanan itu dipecah dua, dan minta setiap nombor penerbangan serta nama lelaki yang akan berjumpa { $child }
    .feedback = Soalan yang wajar. Kerja di Bangkok yang dituju melalui bandar lain, dengan tiket berasingan, dan orang asing yang menyerahkan tiket seterusnya, ialah corak yang diketahui: ia menyukarkan pegawai, dan anda, untuk tahu di mana { $child } berada. Setiap nombor penerbangan dan nama yang anda simpan sekarang akan membantu jika berlaku sesuatu.
family-itinerary-wish-luck = Ucapkan selamat jalan kepada { $child }. Tiket murah selalunya ikut jalan jauh
    .feedback = Penerbangan transit yang murah itu biasa, jadi ini kedengaran normal. Tetapi dua tiket berasingan dan seorang lelaki yang menunggu dengan tiket seterusnya menjadikan laluan itu sukar dijejak, bagi pegawai imigresen dan bagi anda. Bertanya setiap langkah dan menyimpannya tidak merugikan apa-apa.
family-itinerary-check-ins = Setuju bahawa { $child } menghantar mesej di setiap persinggahan, dan anda akan menelefon kedutaan jika ada yang tidak sampai
    .feedback = Bagus: laluan yang terpecah-pecah lebih sukar dijejak, dan mesej dari setiap persinggahan meninggalkan jejak. Jika mesej berhenti, anda akan tahu bila dan di mana, dan siapa yang perlu dihubungi.

family-departure = Dua minggu kemudian { $child } terbang ke Bangkok. Mesej-mesej pertama penuh gembira: swafoto di lapangan terbang, bilik hotel, sepinggan mi yang sangat pedas. Kemudian, selama seminggu, senyap.

family-move-sorry = Maaf { $parent }, tak sempat nak tulis. Syarikat pindahkan kami ke pejabat baharu.
    .discuss = Apa yang sudah berubah sejak kerja itu ditawarkan?
family-move-border = Kami naik kereta sepanjang malam. Di sempadan kami tak lalu imigresen. Seorang lelaki bawa kami menyeberang ikut satu lorong kecil. Pemandu kata itu perkara biasa.
family-move-place = Sekarang kami di { $place }. Internet di sini teruk. Nanti saya tulis bila boleh.
family-move-save-location = Minta { $child } kongsi lokasi langsung dan nama syarikat. Simpan setiap mesej
    .feedback = Bagus. Kerja itu di Thailand; kini ia di negara lain, dan sampai ke sana tanpa melalui imigresen. Tempat kerja yang berubah dan sempadan yang dilintas secara senyap ialah dua tanda amaran yang kuat. Lokasi dan tangkapan skrin yang disimpan akan membantu sesiapa yang cuba menolong nanti.
family-move-stay-calm = Hantar emoji hati dan tulis: "Kerja kuat-kuat, kami bangga dengan kamu"
    .feedback = Memang wajar mahu kekal positif. Tetapi kerja itu sudah berpindah ke negara lain, dan { $child } melintas sempadan tanpa melalui imigresen. Ini dua tanda kuat bahawa ada sesuatu yang tidak kena, dan menyimpan lokasi serta mesej sekarang akan membantu kemudian.

family-silence = Mesej makin jarang: balasan pendek, pada waktu yang pelik. Kemudian sepuluh hari tanpa apa-apa langsung. Pada suatu lewat malam, telefon anda menyala.

family-debt-quick = { $parent }, saya tak boleh cakap lama. Mereka periksa telefon kami.
    .discuss = Apa yang mungkin dirasai oleh ibu bapa pada saat ini? Apa yang boleh mereka buat dahulu, sebelum menghantar sebarang wang?
family-debt-owe = Kerja ni bukan macam yang mereka cakap. Bos kata saya berhutang ${ $debt } untuk tiket, visa dan bilik.
family-debt-please = Saya cuma boleh keluar kalau bayar. Tolong hantar ke akaun ni. Tolong jangan beritahu sesiapa.
family-debt-pay-debt = Hantar wang itu malam ini. { $child } merayu kepada anda
    .feedback = Mana-mana ibu bapa pun mahu membayar. Tetapi "hutang" ini direka untuk memerangkap pekerja. Membayarnya jarang membebaskan sesiapa, dan ia menunjukkan kepada bos bahawa keluarga anda boleh mencari wang.
family-debt-call-embassy = Jangan hantar wang dahulu. Hubungi kedutaan anda dan talian bantuan kebangsaan malam ini
    .feedback = Betul. Hutang untuk perjalanan dan tempat tinggal yang mesti dibayar sebelum boleh keluar ialah perangkap yang diketahui umum: ikatan hutang. Kedutaan anda dan talian bantuan kebangsaan tahu tentang kes seperti ini, dan mereka lebih selamat daripada polis berhampiran pusat penipuan, kerana laporan kepada polis di sana boleh sampai semula kepada bos.
family-debt-call-police = Cari nombor polis di { $place } dan buat laporan
    .feedback = Itu nampak seperti langkah yang jelas. Tetapi mangsa yang terselamat berkata hubungan dengan polis tempatan berhampiran pusat penipuan kadangkala disampaikan semula kepada bos. Laluan yang lebih selamat ialah kedutaan anda, talian bantuan kebangsaan dan NGO yang dipercayai.

family-police = Pegawai yang anda hubungi di { $place } bersopan dan mengambil butiran. Dua hari kemudian { $child } menulis dari telefon yang dipinjam: "Bos tahu keluarga saya panggil polis. Mereka pindahkan kami ke bangunan lain. Tolong jangan hubungi mereka lagi."

family-ransom-company = Ini syarikat { $child }. { $child } melanggar peraturan kami dan sedang dihukum.
    .discuss = Kenapa penjenayah mahu keluarga bertindak seorang diri dan dengan cepat?
family-ransom-pay = Hantar ${ $ransom } dalam USDT dalam masa 48 jam. Kalau tidak, { $child } akan dijual kepada syarikat lain.
family-ransom-no-police = Jangan libatkan polis. Kami akan tahu.
family-ransom-pay-ransom = Pinjam daripada saudara-mara dan bayar, supaya hukuman itu berhenti
    .feedback = Mahu menghentikan kesakitan dengan apa jua cara itu sifat manusia. Tetapi membayar tidak menjamin pembebasan, dan keluarga sering menerima tuntutan baharu selepas membayar. Penjenayah bergantung pada rasa takut dan desakan.
family-ransom-get-help = Jangan balas. Simpan setiap mesej, dan hubungi kedutaan serta talian bantuan kebangsaan
    .feedback = Betul. Ugutan dan tuntutan wang tebusan kepada keluarga ialah cara kompaun memeras lebih banyak wang. Simpan setiap mesej, nombor dan akaun: kedutaan dan NGO yang mengendalikan kes seperti ini memerlukannya.

## Getting help

family-embassy-hello = Kedutaan, pegawai bertugas bercakap. Saya minta maaf perkara ini berlaku. Tindakan anda menelefon memang betul.
family-embassy-advice = Kami pernah membantu keluarga lain dalam kes seperti ini. Tolong jangan hantar wang kepada sesiapa, dan jangan hubungi polis tempatan sendiri.
family-embassy-need = Kami perlukan butiran pasport { $child }, lokasi terakhir yang diketahui, nombor-nombor yang menghubungi anda, dan sebarang akaun bank atau kripto yang mereka berikan.
family-embassy-send-saved = Hantar lokasi, nama syarikat dan tangkapan skrin yang anda simpan
    .feedback = Kerana anda menyimpannya semasa { $child } dipindahkan, kedutaan boleh bermula dengan segera. Rekod yang baik ialah salah satu perkara paling berguna yang boleh diberikan oleh keluarga.
family-embassy-collect-now = Minta saudara membantu anda menyemak telefon dan mengumpul segala-galanya
    .feedback = Bagus: keluarga boleh membantu. Setiap tarikh, nombor, akaun dan nama tempat membantu orang yang sedang mencari { $child }.

family-records = Saudara perempuan anda datang. Sehingga larut malam anda mengambil tangkapan skrin setiap mesej, mencatat setiap nombor dan tarikh, dan mencari tempat terakhir yang disebut oleh { $child }: { $place }. Anda menghantar semuanya kepada kedutaan. Pegawai itu memberikan nombor sebuah NGO yang bekerjasama dengan mereka.

family-ngo-hello = Helo, saya pegawai kes yang disebut oleh kedutaan. Kami membantu orang keluar dari pusat penipuan dan pulang ke rumah.
family-ngo-plan = Kami bekerjasama dengan kedutaan dan rakan kongsi berhampiran { $place }. Tolong jangan bayar sesiapa, dan beritahu kami tentang setiap mesej baharu.
family-ngo-recruiter = Satu soalan: siapa yang carikan kerja ini untuk { $child }?
family-ngo-report-neighbour = Berikan nama dan nombor jiran kepada pegawai kes, dan jangan berkata apa-apa kepada jiran buat masa ini
    .feedback = Bagus. Orang yang menyampaikan tawaran itu mungkin dibayar bagi setiap orang yang direkrut, atau mungkin turut tertipu. Pegawai kes dan talian bantuan boleh menyiasatnya dan memberi amaran kepada keluarga lain, tanpa memberi petunjuk kepada bos.
family-ngo-confront = Pergi ke rumah jiran dan minta penjelasan
    .feedback = Kemarahan anda memang wajar. Tetapi amaran daripada jiran boleh sampai kepada bos, dan jiran itu mungkin juga mangsa penipuan yang sama. Lebih selamat biarkan pegawai kes dan talian bantuan menyiasatnya.

family-wait-ignoring = Keluarga awak abaikan kami. Bukan idea yang baik.
family-wait-threat = Bayar ${ $ransom } hari ini, atau { $child } pergi ke syarikat lain yang jauh. Awak takkan jumpa { $child } lagi.
family-wait-last = Peluang terakhir.
family-wait-forward = Jangan balas. Majukan kepada pegawai kes dan kedutaan
    .feedback = Sangat sukar, tetapi betul. Ugutan bertujuan membuat anda bertindak seorang diri dan dengan cepat. Orang yang mengendalikan kes ini perlu melihatnya, dan bayaran sekarang boleh membawa kepada tuntutan baharu.
family-wait-forward-paid = Jangan balas. Majukan kepada pegawai kes dan kedutaan
    .feedback = Sangat sukar, tetapi betul. Anda sudah membayar sekali dan itu tidak membawa { $child } pulang; ugutan bertujuan membuat anda membayar lagi. Orang yang mengendalikan kes ini perlu melihatnya.
family-wait-pay-now = Anda sudah tidak tahan lagi. Bayar, dan harap ia berakhir
    .feedback = Selepas berminggu-minggu dalam ketakutan, sesiapa pun boleh mengalah. Tetapi ugutan itu taktik menekan, dan bayaran sering membawa tuntutan seterusnya. Pegawai kes boleh membantu anda membuat keputusan; anda tidak perlu menghadapinya seorang diri.

family-more-demands-received = Wang diterima.
family-more-demands-more = Tapi { $child } masih berhutang ${ $debt } untuk makanan, latihan dan "yuran pemindahan".
family-more-demands-go = Bayar, dan { $child } boleh balik. Jangan lambat.
family-more-demands-pay-again = Bayar lagi. Mungkin kali ini ia berakhir
    .feedback = "Hutang" itu bertambah setiap kali anda membayar: memang begitu ia direka. Setiap bayaran menunjukkan kepada bos bahawa keluarga anda boleh mencari lebih banyak wang.
family-more-demands-stop-paying = Berhenti membayar. Bawa setiap resit dan mesej ke kedutaan
    .feedback = Betul. Hutang yang terus bertambah ialah ikatan hutang: ia memang tidak pernah dimaksudkan untuk dilunaskan. Resit dan mesej anda membantu kedutaan dan NGO mencari { $child } dan orang di sebalik semua ini.

## Endings

family-end-helped = Enam minggu kemudian kedutaan menelefon. Bersama NGO dan pihak berkuasa, mereka mengeluarkan { $child } dan yang lain dari pusat penipuan itu. Kemudian berminggu-minggu di rumah perlindungan, temu duga untuk menentukan siapa mangsa pemerdagangan orang, dan dokumen perjalanan baharu, sebelum { $child } tiba di rumah, letih tetapi selamat. { $child } ialah mangsa, bukan penjenayah, dan berhak dilayan begitu; panggilan dan rekod anda membantu. Perekrut kadangkala menghubungi mangsa yang terselamat lagi, jadi simpan nombor kedutaan.
family-end-open = Dua bulan kemudian datang panggilan daripada nombor yang tidak dikenali. Itu { $child }, di sebuah rumah perlindungan berhampiran sempadan: pegawai kes telah menyampaikan satu kenalan yang selamat melalui anda, dan pada suatu malam { $child } dan dua orang lagi berjaya keluar dan sampai ke sana. Wang yang anda bayar sudah hilang, dan dokumen masih perlu diuruskan sebelum pulang. Tetapi { $child } sudah bebas, dan anda tidak menghadapi semua ini seorang diri.
family-end-scammed = Anda membayar, dan membayar lagi, dan setiap bayaran membawa tuntutan baharu. Itulah rancangan penjenayah: "hutang" itu tidak pernah berakhir, dan ini bukan salah anda. Belum terlambat: berhenti membayar, simpan setiap resit dan mesej, dan pergi ke kedutaan, talian bantuan kebangsaan dan NGO yang dipercayai. Orang memang berjaya keluar, walaupun selepas berbulan-bulan.

## Sudah disemak, kemudian apa

family-character-agency = Pegawai agensi berlesen
family-character-fixer = Ricky, "penyelaras menyelamat"
family-agency-check-tell-neighbour = Kembali kepada jiran dan beritahu apa kata agensi itu
    .feedback = Adil untuk memberinya peluang menjelaskan. Dia terasa hati: agensi itu "lambat dan korup", anak saudaranya baik-baik saja. Menjelang malam { $child } sudah dengar dan marah kepada anda. Namun semakan ini tidak menghilangkan apa-apa yang akan hilang daripada kerja yang sebenar.
family-talk-let-go = Ini hidup { $child }. Setuju untuk satu mesej setiap hari, dan simpan salinan pasport
    .feedback = Menghormati keputusan anak yang sudah dewasa memang adil, dan mesej harian serta salinan pasport akan membantu jika berlaku apa-apa. Tetapi kerja itu sendiri masih tidak dapat disemak oleh sesiapa.

family-licensed-job = Sebuah agensi berlesen dalam senarai kerajaan ada kerja di sebuah hotel di Doha: pengemasan, nama hotel jelas, kontrak yang boleh dibaca sebelum ditandatangani, visa kerja.
    .discuss = Kerja ini gajinya lebih rendah, ada yuran dan mengambil masa berbulan-bulan. Mengapa sebuah keluarga masih memilihnya?
family-licensed-fee = Gajinya kira-kira dua pertiga daripada janji jiran. Ada yuran ${ $fee } untuk pemeriksaan perubatan dan dokumen, yang ditetapkan kerajaan, dengan resit rasmi.
family-licensed-wait = Dokumen mengambil masa tiga bulan. { $child } mengeluh: "Kerja jiran tu bertolak hari Jumaat."
family-licensed-pay-fee = Bayar yuran dengan resit, dan tunggu tiga bulan
    .feedback = Yuran tidak semestinya amaran: agensi berlesen boleh mengenakan yuran yang dibenarkan undang-undang, dengan resit, untuk dokumen yang sah. Kerja ini selamat kerana setiap bahagiannya boleh disemak: hotel, kontrak, visa, lesen agensi.
family-licensed-too-slow = Tiga bulan terlalu lama. Biarkan { $child } ambil kerja jiran sahaja
    .feedback = Menunggu dan yuran ialah kos yang nyata, dan tawaran yang satu lagi bertolak Jumaat: desakan itulah yang diharapkan oleh tawaran palsu. Tiada apa-apa tentang kerja jiran yang menjadi lebih mudah disemak.
family-licensed-work-here = Suruh { $child } cari kerja di sini dulu, dan simpan duit yuran
    .feedback = Menjimatkan yuran dan mahu { $child } dekat memang boleh difahami. Tetapi { $child } juga kehilangan kerja sebenar, dan peluang membantu keluarga seperti yang dia mahu.

family-end-genuine = Tiga bulan kemudian { $child } terbang ke Doha dengan visa kerja, kontrak yang sudah ditandatangani dan nombor agensi dalam telefon. Gaji pertama sampai tepat pada masanya, lebih kecil daripada janji jiran, tetapi nyata. Anda menyemak, dan kali ini tawaran itu tulen: menyemak tidak sama dengan menolak segala-galanya.

## Jalan berhati-hati yang tetap berakhir buruk

family-move-call-embassy-now = Hubungi kedutaan malam ini dan berikan semua yang baru ditulis { $child }
    .feedback = Bertindak awal memang betul. Kerja itu berpindah ke negara lain dan sempadan dilintasi tanpa imigresen: dua tanda yang kuat. Kini kedutaan ada fail, tempat dan tarikh.
family-embassy-early-file = Kedutaan, pegawai bertugas. Terima kasih kerana menelefon awal: kami sudah membuka fail untuk { $child }.
family-embassy-early-far = { $place } jauh dari kami, di seberang sempadan, dan pihak berkuasa di sana lambat bertindak atas nama dan bandar sahaja. Kami akan bekerjasama dengan rakan kongsi. Sila simpan setiap mesej.
family-embassy-early-wait = Jika { $child } menulis lagi, tanya nama bangunan, mercu tanda, apa sahaja yang boleh kami berikan kepada rakan kongsi.
family-moved = { $child } menulis dua kali lagi, pendek dan berhati-hati, dan anda menghantar setiap perkataan. Kemudian mesej berhenti. Lima minggu kemudian kedutaan menelefon: apabila rakan kongsi mereka sampai ke bangunan di { $place }, syarikat itu sudah memindahkan pekerjanya ke tempat lain seminggu sebelumnya. Belum ada yang tahu ke mana.
family-end-moved = Anda sudah melakukan segala yang boleh dibuat oleh ibu bapa yang berhati-hati: nampak tandanya awal, menghubungi kedutaan dahulu dan tidak menghantar wang. Syarikat itu tetap memindahkan pekerjanya, seperti yang sering mereka lakukan, dan bukan panggilan anda yang menyebabkannya. { $child } masih ditahan. Kes itu masih terbuka: kedutaan, NGO dan talian bantuan kebangsaan terus mencari, dan ada keluarga yang menemui anak mereka berbulan-bulan kemudian, selalunya kerana rekod seperti milik anda. Simpan setiap mesej, dan biarkan telefon sentiasa hidup.

## Meminta tolong dalam talian

family-ransom-post-online = Siarkan gambar { $child } dan ceritanya di Facebook: mesti ada yang kenal orang di sana
    .feedback = Memang wajar meminta bantuan apabila rasa keseorangan. Tetapi siaran awam boleh sampai kepada bos, dan dibaca oleh orang yang mengaut untung daripada keluarga yang terdesak.
family-fixer-saw = Saya nampak siaran anda. Saya bersimpati. Saya sudah membantu banyak keluarga seperti anda.
    .discuss = Ricky kedengaran baik dan kenal tempat itu. Apa yang anda mahu tahu tentang dia sebelum mempercayainya?
family-fixer-contacts = Saya ada kenalan di dalam { $place }. Bulan lepas saya keluarkan sebelas pekerja. Tengok (gambar sekumpulan orang tersenyum di perhentian bas).
family-fixer-fee = Untuk pemandu dan pengawal, saya perlukan ${ $fee } hari ini. Tiga hari lagi { $child } keluar. Jangan beritahu kedutaan, mereka terlalu lambat dan bos akan tahu.
family-fixer-pay-fixer = Bayar dia. Kedutaan belum buat apa-apa untuk anda
    .feedback = Selepas siaran seperti anda, "penyelamat" palsu menulis dalam beberapa jam, dengan gambar dan suara yang lembut. Mereka minta wang dahulu dan menyorokkannya daripada kedutaan; kemudian mereka hilang.
family-fixer-ask-embassy = Tanya kedutaan tentang dia sebelum menghantar apa-apa
    .feedback = Bagus: usaha menyelamat yang sebenar bekerjasama dengan kedutaan dan tidak perlu bersembunyi daripadanya. Sebaik sahaja anda menyebut kedutaan, Ricky berhenti membalas.
family-fixer-pay-ransom = Mungkin dia penipu. Bayar syarikat sahaja, supaya { $child } tidak dijual
    .feedback = Kedua-dua tuntutan bermain dengan ketakutan yang sama. Membayar syarikat tidak menjamin pembebasan, dan keluarga sering berdepan tuntutan baharu selepas membayar.
family-end-fixer = Ricky mengambil ${ $fee } dan berhenti membalas. Anda tidak berbuat bodoh: dia menulis kepada anda kerana siaran anda menunjukkan keluarga yang sedang terluka, dan itulah yang dicari orang seperti dia. Syarikat masih menahan { $child }. Belum terlambat: bawa mesejnya dan resit bayaran ke kedutaan dan talian bantuan kebangsaan, jangan bercakap lagi secara terbuka, dan ikut panduan NGO yang bekerjasama dengan kedutaan.

family-ngo-ask-elders = Minta orang tua-tua kampung bercakap dengan keluarga jiran
    .feedback = Komuniti anda boleh memikul banyak perkara, dan orang tua-tua mungkin tahu untuk siapa anak saudara itu bekerja. Tetapi perbualan senyap pun boleh sampai kepada bos. Beritahu pegawai kes apa yang anda tahu, dan biar dia tentukan cara menggunakannya.
family-more-demands-ask-voice = Minta dengar suara { $child } dahulu, kemudian bayar
    .feedback = Mendengar { $child } melegakan, tetapi ia hanya membuktikan { $child } masih hidup dan masih ditahan. "Hutang" itu dibina untuk terus bertambah; nota suara tidak mengubahnya.

family-redflag-upfront-fee = Membayar orang asing untuk menyelamat
    .explain = Apabila orang tersayang ditahan, sesiapa yang berkata boleh mengeluarkannya terasa seperti harapan. "Penyelamat" palsu membaca siaran keluarga dan meminta wang dahulu, selalunya sambil menyuruh menyorokkannya daripada kedutaan.
    .advice = Jangan bayar sesiapa yang menawarkan penyelamatan dengan bayaran. Bantuan sebenar bekerjasama dengan kedutaan dan tidak pernah menyuruh anda bersembunyi daripadanya: tanya kedutaan atau talian bantuan kebangsaan tentang sesiapa yang menghubungi anda.
