# Machine-drafted translation: needs review by a native speaker.
after-release-title = Selepas dibebaskan
after-release-summary = Anda baru sahaja dilepaskan dari pusat penipuan dan dibawa ke sempadan Thailand. Jalan pulang perlahan, keluarga anda berhutang, dan tawaran kerja baharu sedang menunggu.
after-release-content-note = Cerita ini bermula pada minggu seseorang dilepaskan dari pusat penipuan. Ia menyebut tentang tahanan, hutang, keluarga yang tidak mempercayainya dan risiko diperdagangkan semula, tetapi tidak menunjukkan keganasan. Anda boleh berhenti seketika atau keluar pada bila-bila masa dengan q.

## Characters

after-release-character-ngo = Sukarelawan sebuah NGO
after-release-character-officer = Pegawai saringan
after-release-character-embassy = Suruhanjaya Tinggi Uganda, Kuala Lumpur
after-release-character-relative = Dari rumah: { $relative } anda
after-release-character-recruiter = { $recruiter }
after-release-character-caseworker = Pegawai kes IOM

## Variables

after-release-name-isaac = Isaac
after-release-name-moses = Moses
after-release-name-ronald = Ronald
after-release-name-brian = Brian

after-release-home-masaka = Masaka
after-release-home-jinja = Jinja
after-release-home-mbarara = Mbarara
after-release-home-gulu = Gulu

after-release-relative-sister = kakak
after-release-relative-mother = ibu
after-release-relative-uncle = bapa saudara

after-release-brother-joel = Joel
after-release-brother-denis = Denis
after-release-brother-peter = Peter

after-release-recruiter-kato = Kato
after-release-recruiter-eddie = Eddie
after-release-recruiter-frank = Frank

after-release-abroad-dubai = Dubai
after-release-abroad-doha = Doha
after-release-abroad-kuala-lumpur = Kuala Lumpur

## At the border

after-release-start-who = Anda { $name }, 27 tahun, dari { $home } di Uganda. Sembilan bulan lalu seorang ejen di Kampala menjanjikan kerja di sebuah hotel di Bangkok. Keluarga anda meminjam USh { $loan } untuk membayar yurannya.
    .discuss = Apakah yang paling diperlukan oleh seseorang pada hari-hari pertama selepas dia keluar?
after-release-start-compound = Hotel itu tidak pernah wujud. Anda dibawa menyeberang sungai ke Myanmar, ke sebuah pusat penipuan di mana anda dipaksa berbual dengan orang yang tidak dikenali dan memujuk mereka menyerahkan wang.
after-release-start-out = Minggu lalu pintu pagar dibuka untuk beberapa ratus orang, dan anda salah seorang daripadanya. Kini anda berada di sebelah Thailand di sempadan. Tiada pasport, tiada telefon, hanya pakaian di badan.

after-release-gate-hall = Sebuah dewan panjang berhampiran sempadan. Orang dari belasan negara duduk di atas tikar. Pegawai di sebuah meja mencatat nama untuk temu duga.
after-release-gate-water = Seorang wanita berlencana NGO mengagihkan air. Ada yang berkata temu duga itu boleh membawa kepada berminggu-minggu di rumah perlindungan.
after-release-gate-driver = Di luar, seorang lelaki bersandar pada sebuah van. "Bangkok, lapangan terbang, tiga hari sampai rumah. 300 dolar; keluarga kamu boleh hantar. Tiada temu duga, tiada kem."
after-release-gate-queue = Masuk barisan ke meja pegawai
    .feedback = Temu duga itu ialah saringan: pegawai memeriksa siapa yang menjadi mangsa pemerdagangan orang, supaya mangsa dilayan sebagai mangsa. Ia mengambil masa, selalunya berminggu-minggu, dan ia juga yang membuka jalan ke rumah perlindungan, dokumen dan penerbangan pulang.
after-release-gate-ask-ngo = Tanya wanita berlencana itu apakah tujuan temu duga tersebut
    .feedback = Bertanya sebelum membuat keputusan ialah cara yang baik menggunakan beberapa minit. Orang yang bekerja di sempadan setiap hari tahu apa yang menyusul setiap pilihan.
after-release-gate-van = Naik van itu. Keluarga anda boleh menghantar wang, dan anda mahu pulang
    .feedback = Selepas berbulan-bulan di dalam, tiga hari kedengaran seperti belas kasihan, dan itulah yang dijual oleh pemandu itu. Perjalanan yang mengelak pusat pemeriksaan meninggalkan anda tanpa dokumen dan tanpa rekod tentang apa yang berlaku kepada anda, dan sesiapa yang ditahan tanpa dokumen boleh dianggap pendatang haram dan bukannya dibantu sebagai mangsa.

after-release-ngo-what = Temu duga itu ialah saringan. Pegawai dan seorang pekerja sosial bertanya bagaimana anda sampai ke sini dan apa yang berlaku di dalam. Begitulah mereka tahu siapa yang diperdagangkan.
    .discuss = Mengapa orang yang baru dilepaskan mungkin takut akan temu duga dengan pegawai?
after-release-ngo-weeks = Jika anda didapati mangsa, anda tinggal di rumah perlindungan, dengan makanan dan doktor, sementara kedutaan anda menyediakan dokumen dan penerbangan diaturkan. Ia boleh mengambil masa berminggu-minggu. Saya tidak akan berpura-pura ia cepat.
after-release-ngo-drivers = Van-van itu? Ada yang ambil wang dan turunkan orang sebelum sekatan polis. Tanpa pasport, itu bermakna lokap, bukan lapangan terbang.
after-release-ngo-stay = Tunggu untuk saringan, walaupun mengambil masa berminggu-minggu
    .feedback = Pilihan yang sukar: lebih lama berjauhan sementara hutang di rumah bertambah. Tetapi inilah jalan yang merekodkan apa yang dilakukan terhadap anda, bersama perlindungan yang datang dengannya.
after-release-ngo-van-anyway = Berminggu-minggu terlalu lama. Keluarga perlukan anda sekarang; naik van itu
    .feedback = Mahu cepat pulang itu wajar, dan hutang keluarga membuat setiap minggu terasa berat. Tetapi pemandu yang mengelak pusat pemeriksaan membawa anda keluar dari sistem yang ada untuk melindungi anda.
after-release-ngo-ask-prison = Tanya dia perlahan-lahan: "Saya memang menipu orang di sana. Adakah saya akan dipenjarakan?"
    .feedback = Ramai orang keluar dari pusat penipuan dengan ketakutan yang sama, dan pemerdagang memberitahu mereka begitu supaya mereka diam. Bertanya kepada orang yang tahu lebih baik daripada meneka.

after-release-rights-victim = Orang yang dipaksa melakukan jenayah tidak sepatutnya dihukum kerananya. Itulah tujuan saringan: melihat anda sebagai mangsa, bukan penjenayah.
after-release-rights-truth = Ceritakan apa yang berlaku dengan kata-kata anda sendiri. Jika anda tidak faham soalan, beritahu mereka.

after-release-van-money = Keluarga meminjam 300 dolar, dan { $relative } anda menghantarnya ke akaun pemandu. Dia memandu selama dua jam.
after-release-van-drop = Dia berhenti di jalan yang sunyi. "Ada sekatan polis di depan. Jalan kaki dari sini." Dia memusingkan van dan pergi.
after-release-van-held = Di sekatan itu anda tiada pasport dan tiada visa. Polis membawa anda ke lokap imigresen, bersama lelaki yang tinggal lebih masa dan lelaki yang menyeberang sungai.

after-release-cell-room = Bilik kosong, sehelai tikar, sebatang paip. Tiada sesiapa di sini bertanya di mana anda sebelum ini.
    .discuss = Orang yang sama boleh dilayan sebagai mangsa atau sebagai pesalah. Apakah yang menentukannya?
after-release-cell-officer = Pada hari kedua seorang pegawai imigresen datang dengan senarai. "Nama. Warganegara. Bagaimana kamu masuk ke Thailand?"
after-release-cell-tell-officer = Beritahu dia perkara sebenar: anda dibawa menyeberang ke Myanmar dan ditahan di sebuah pusat penipuan
    .feedback = Memberitahu seorang pegawai, walaupun dari dalam lokap, boleh memulakan saringan yang melayan anda sebagai mangsa. Ia berisiko untuk diucapkan, dan risiko itulah yang membuka pintu.
after-release-cell-embassy-please = Katakan anda mahu bercakap dengan kedutaan anda sebelum menjawab apa-apa
    .feedback = Permintaan yang wajar, dan kedutaan anda boleh bercakap bagi pihak anda. Sesetengah negara langsung tiada kedutaan di Thailand, jadi mungkin lebih lama untuk menghubunginya.
after-release-cell-stay-quiet = Jangan sebut apa-apa tentang pusat penipuan itu. Mengaku anda pernah di sana mungkin memburukkan keadaan
    .feedback = Takut dihukum ialah perkara yang diharapkan oleh bos pusat penipuan. Ketakutan itu munasabah, dan ia bukan salah anda. Namun tanpa cerita anda, pegawai hanya nampak seseorang yang masuk tanpa dokumen.

## The interview

after-release-screening-interpreter = Sila duduk. Ini pekerja sosial; dia akan mendengar juga. Kami bercakap perlahan, dan anda boleh minta kami ulang.
after-release-screening-how = Bagaimana kamu sampai ke Myanmar? Siapa yang ambil pasport kamu? Kerja apa yang mereka paksa kamu buat?
    .discuss = Apakah yang menyukarkan seseorang menceritakan semuanya kepada pegawai?
after-release-screening-money = Adakah kamu mengambil wang daripada orang? Beritahu kami dengan jujur.
after-release-screening-tell-all = Ceritakan semuanya, termasuk sembang penipuan yang anda dipaksa tulis
    .feedback = Bahagian yang paling sukar diucapkan, dan selalunya bahagian yang paling jelas menunjukkan anda dipaksa. Orang yang dipaksa melakukan jenayah di pusat penipuan tidak sepatutnya dihukum kerananya.
after-release-screening-leave-out = Ceritakan bagaimana anda ditipu dan ditahan, tetapi jangan sebut apa yang mereka paksa anda buat
    .feedback = Ramai mangsa yang terselamat menyimpan bahagian itu, kerana malu atau takut. Apa yang anda ceritakan sudah cukup untuk mereka melihat anda diperdagangkan. Jika nanti anda mahu menceritakan selebihnya, pekerja sosial ialah orang yang sesuai.
after-release-screening-overstayed = Katakan sahaja anda tinggal lebih masa dan mahu pulang
    .feedback = Ia kedengaran seperti jalan keluar paling cepat, dan paling selamat. Tetapi pegawai hanya boleh melindungi mangsa yang mereka tahu: sebagai orang yang tinggal lebih masa, anda tidak mendapat rumah perlindungan, tiada bantuan, dan tiada rekod tentang orang yang memperdagangkan anda.

after-release-overstay-processed = Anda diproses sebagai orang yang melanggar peraturan imigresen: lebih banyak hari dalam tahanan, borang dalam bahasa yang anda tidak boleh baca, barisan lelaki menunggu penerbangan.
after-release-overstay-flight = Berminggu-minggu kemudian anda dinaikkan ke kapal terbang. Tiada siapa bertanya apa yang berlaku kepada anda, dan tiada siapa yang menunggu anda tahu ceritanya.

after-release-embassy-where = Selamat petang. Ini Suruhanjaya Tinggi Uganda di Kuala Lumpur. Duta kami untuk Thailand bertugas dari sini, di Malaysia; tiada yang lebih dekat.
after-release-embassy-confirmed = Pihak berkuasa Thailand telah mengesahkan bahawa anda mangsa pemerdagangan orang. Itu membolehkan kami memulakan kepulangan anda. Kami sedang menyediakan dokumen perjalanan kecemasan untuk anda.
after-release-embassy-wait = Sementara itu IOM dan kerajaan Thailand menempatkan anda di rumah perlindungan berhampiran sempadan. Kami belum dapat memberi tarikh. Harap bersabar dengan kami.

## Weeks in a shelter

after-release-shelter-weeks = Rumah perlindungan itu bersih dan tenang. Ada doktor setiap hari Selasa. Seminggu menjadi tiga, kemudian lima.
after-release-shelter-phone = Seorang pekerja sosial meminjamkan telefon untuk anda menelefon ke rumah. Pada deringan pertama, { $relative } anda menjawab.
    .discuss = Bagaimanakah keluarga anda sendiri akan bertindak terhadap panggilan seperti ini?
after-release-shelter-tell-everything = Ceritakan semuanya kepada { $relative } anda: pusat penipuan itu, pembohongan ejen, dan bahawa anda tidak berhutang apa-apa kepadanya
    .feedback = Kebenaran itu penting, dan keluarga anda memerlukannya: ejen itu masih bebas. Tetapi ia juga boleh sukar didengar, melalui telefon, dari jauh.
after-release-shelter-only-safe = Katakan sahaja anda selamat dan akan pulang. Selebihnya boleh tunggu sehingga anda di rumah
    .feedback = Melindungi keluarga daripada risau itu baik, dan ada perkara yang lebih mudah dibincang bersemuka. Harganya: sehingga anda pulang, mereka hanya ada versi ejen itu.
after-release-shelter-social-worker = Minta pekerja sosial menyertai panggilan dan membantu menerangkan apa yang berlaku
    .feedback = Ia mengambil dua hari untuk diatur, dan { $relative } anda terasa hati kerana anda tidak terus menelefon. Tetapi suara kedua, daripada orang yang memang tugasnya begini, boleh membawa pengaruh yang tidak ada pada suara yang letih.

after-release-disbelief-agent = Ejen itu datang ke rumah. Dia kata kamu lari dari kerja yang bagus, dan sekarang kita berhutang tiket kamu kepadanya.
after-release-disbelief-owe = Penipuan? Kamu bunyinya penat. Pemberi pinjaman datang setiap bulan. Kami sudah bayar faedah atas USh { $loan } sejak kamu pergi.
after-release-disbelief-brother = Ejen itu ada kerja lain, syarikat lain, sebuah hotel di Bangkok, ${ $pay } sebulan. { $brother } mahu ambil kerja itu untuk membayar hutang kita. Dia bertolak minggu depan.
    .discuss = Mengapa sebuah keluarga mungkin lebih percaya kepada ejen daripada anak mereka sendiri?
after-release-disbelief-insist = Beritahu mereka sekali lagi, perlahan-lahan: ejen yang sama, hotel yang sama di Bangkok. Rayu { $brother } supaya jangan pergi
    .feedback = Anda melakukan perkara yang betul, sejelas yang boleh dilakukan sesiapa. Keluarga selalu percaya kepada ejen: dia duduk di rumah mereka, bercakap dengan yakin, dan menawarkan jalan keluar daripada hutang. Itulah helahnya, dan bukan salah anda jika ia berjaya ke atas mereka.
after-release-disbelief-ask-worker = Jangan bertekak sekarang. Minta pekerja sosial menelefon mereka esok, bersama anda
    .feedback = Menunggu sehari, dan { $relative } anda meletak telefon dengan marah. Tetapi suara rasmi yang menerangkan cara ejen bekerja boleh sampai kepada keluarga yang tidak dapat disentuh oleh rayuan seorang anak.
after-release-disbelief-let-go = Mungkin syarikat ini berbeza. Minta { $brother } hantar lokasinya setiap hari
    .feedback = Selepas berbulan-bulan berjauhan, bertekak dengan keluarga melalui telefon memang sukar, dan syarikat yang berbeza kedengaran mungkin. Tetapi ejen yang sama dan janji kerja hotel yang sama di Bangkok ialah corak yang telah memerangkap anda.

after-release-believed-listened = Pekerja sosial menerangkan cara pusat penipuan merekrut orang, dan apa yang didapati oleh saringan. Lama sekali { $relative } anda diam.
after-release-believed-agent = Kemudian { $relative } anda meminta maaf: keluarga telah mempercayai ejen itu. { $brother } tidak akan mengambil kerjanya, dan jika ejen itu datang lagi, mereka akan memanggil polis.
after-release-believed-money = "Tapi pemberi pinjaman masih mahukan wangnya. Balik dulu, nanti kita fikirkan."

after-release-end-brother-gone = { $brother } bertolak sembilan hari sebelum penerbangan anda. Mesej terakhirnya datang dari Mae Sot: seorang pemandu sedang membawanya "ke hotel". Di Entebbe anda dan { $relative } anda terus ke Kementerian Luar Negeri dan polis, dengan nama ejen, nombornya dan setiap mesej. Anda telah bercakap benar, dengan jelas dan tepat pada masanya, tetapi ejen itu yang dipercayai. Begitulah helah itu berfungsi, dan ia bukan salah anda. Keluarga yang memaklumkan kementerian, kedutaan dan IOM lebih awal pernah berjaya membawa orang pulang.

## Home

after-release-home-land = Kapal terbang mendarat di Entebbe. Di pintu ketibaan, { $relative } anda menunggu, lebih kurus daripada yang anda ingat.
after-release-home-lender = Di rumah ada pemberi pinjaman. Dia datang setiap bulan, dan kini dia mahukan USh { $loan } serta faedahnya, segera.
after-release-home-neighbours = Jiran bertanya mengapa anda pulang tangan kosong selepas sembilan bulan di luar negara. Ada malam anda tidak dapat tidur.
    .discuss = Apakah yang lebih membantu seseorang dalam keadaan ini: wang, kerja, atau orang yang mempercayainya?

after-release-offer-post = Disiarkan dalam "Back Home - Returnees Uganda": Balik dari Asia dengan hutang? Jangan duduk di rumah. Syarikat sebenar di { $abroad }, kerja pejabat dan gudang, ${ $pay } sebulan, tiket dan visa dibayar. Yang baru pulang dialu-alukan: kamu sudah tahu komputer. DM saya.
after-release-offer-dm = Bro, saya pun pernah di Myanmar, saya kenal syarikat yang jahat. Yang ini bersih. Saya sudah hantar enam orang. Saya boleh simpan satu tempat untuk kamu.
after-release-offer-reply = Balas dia. Dia pun pernah di sana; dia tahu rupa syarikat yang jahat
    .feedback = Orang yang melalui perkara yang sama terasa paling selamat untuk dipercayai, dan kumpulan untuk orang yang baru pulang terasa seperti tempat selamat. Perekrut tahu kedua-duanya, dan mereka tahu siapa yang berhutang.
after-release-offer-ask-details = Tanya dia nama penuh syarikat, kontraknya, dan agensi berlesen mana yang menguruskannya
    .feedback = Soalan yang betul: majikan sebenar ada nama, alamat dan kontrak bertulis, dan agensi sebenar ada lesen yang boleh anda semak. Jawapannya akan memberitahu banyak perkara.
after-release-offer-ask-caseworker = Majukan siaran itu kepada pegawai kes IOM anda dan tanya pendapatnya
    .feedback = Pendapat kedua daripada orang yang tahu cara perekrut bekerja, dan tidak mahukan apa-apa daripada anda. Ia mengambil masa sehari dua, dan "tempat" yang dia simpan mungkin hilang.
after-release-offer-find-iom = Cari pejabat IOM di Uganda dan tanya mereka tentang siaran itu, dan tentang bantuan untuk orang yang baru pulang
    .feedback = Tiada sesiapa memberi anda pegawai kes, jadi anda mencarinya sendiri. Ia memerlukan beberapa panggilan, dan "tempat" yang dia simpan mungkin hilang. IOM membantu orang yang pernah diperdagangkan, termasuk mereka yang tidak pernah dikenal pasti di luar negara.

after-release-fee-company = Nama syarikat saya beri selepas kamu tandatangan, ia sulit. Kontrak kamu dapat bila sampai.
after-release-fee-fee = Ada yuran pemprosesan, USh { $fee }, untuk visa dan pemeriksaan perubatan. Atau syarikat potong daripada gaji pertama; ramai yang buat begitu.
after-release-fee-seats = Tinggal tiga tempat sahaja bulan ini. Saya perlukan jawapan kamu hari ini.
after-release-fee-pay-fee = Pinjam wang untuk yuran itu. Satu kerja yang baik di luar negara boleh melangsaikan semua hutang
    .feedback = Apabila pemberi pinjaman sudah di depan pintu, yuran yang boleh menamatkan semuanya terasa berbaloi dengan risikonya. Sebab itulah perekrut mencari orang yang baru pulang dengan hutang.
after-release-fee-from-salary = Biar dipotong daripada gaji pertama. Sekurang-kurangnya tidak perlu meminjam lagi
    .feedback = Ia kedengaran seperti budi baik, dan begitulah hutang yang lalu bermula: anda mula bekerja sudah berhutang kepada orang yang menentukan di mana anda tidur dan bila anda boleh pergi.
after-release-fee-check-first = Beritahu dia anda akan menyemak agensi itu dengan kementerian buruh dahulu
    .feedback = Agensi sebenar boleh menunggu sehari untuk disemak, dan syarikat sebenar ada nama sebelum anda menandatangani. Harganya juga nyata: jika kerja itu tulen, anda mungkin kehilangan tempat, dan keluarga anda akan bertanya mengapa anda tidak bersetuju.

after-release-checked-list = Anda mencari dalam senarai agensi pengambilan berlesen kementerian buruh. Baik { $recruiter } mahupun syarikat di { $abroad } tempat dia bekerja tiada dalam senarai itu.
after-release-checked-blocked = Apabila anda bertanya agensi berlesen mana yang menguruskan kerja itu, dia memanggil anda tidak mengenang budi, dan menyekat anda.
after-release-checked-angry = Kali ini { $relative } anda marah: "Ada kerja datang, dan kamu tolak? Siapa nak bayar pemberi pinjaman sekarang?"
    .discuss = Bagaimanakah seseorang boleh menolak tawaran berisiko apabila keluarganya sendiri mahu dia menerimanya?
after-release-checked-report = Laporkan { $recruiter } kepada polis, dan siarkan amaran dalam kumpulan orang yang baru pulang
    .feedback = Laporan dan amaran anda boleh sampai kepada orang yang mempunyai hutang dan harapan yang sama. Ia tidak membayar pemberi pinjaman, dan { $relative } anda mungkin belum nampak gunanya.
after-release-checked-stall = Terima tawaran sepupu anda: berniaga di gerai pasarnya di { $home }, dengan gaji kecil
    .feedback = Kerja sebenar, dekat rumah, daripada orang yang boleh anda jumpa setiap hari: bukan setiap tawaran ialah perangkap, dan yang ini tepat seperti yang dikatakan. Harganya ialah gajinya, dan hutang yang akan lama dilangsaikan.
after-release-checked-iom = Tanya IOM bantuan apa yang ada untuk orang yang baru pulang
    .feedback = Bantuan yang tidak meminta balasan memang wujud, dan mangsa yang terselamat berhak kepadanya. Ia lebih perlahan daripada kerja di luar negara, dan tidak membayar pemberi pinjaman bulan ini.

after-release-support-hello = Helo { $name }, ini IOM. Terima kasih kerana menghubungi kami.
after-release-support-post = Syarikat tanpa nama, gaji jauh melebihi nilai kerjanya, semua dibayar, dan perekrut yang mencari orang berhutang: itulah tanda-tanda yang sama seperti kali pertama. Jika dia meminta yuran, tolong jangan hantar apa-apa.
after-release-support-offer = Kami boleh menawarkan kaunseling, dan berbincang tentang langkah seterusnya, dekat dengan rumah. Ia akan lebih perlahan daripada apa yang dia janjikan.
after-release-support-counselling = Terima kaunseling itu, dan tanya tentang kerja dekat rumah
    .feedback = Bercakap dengan seseorang selepas apa yang anda lalui bukan kelemahan; ia bantuan yang menjadi hak anda. Kerja akan lebih lambat datang, dan ia akan tulen.
after-release-support-warn-group = Minta dia membantu anda menulis amaran untuk kumpulan orang yang baru pulang
    .feedback = Amaran daripada orang yang pernah berada di sana, disemak bersama orang yang arif, boleh menghalang orang seterusnya daripada membalas.
after-release-support-apply-anyway = Ucapkan terima kasih, tetapi pemberi pinjaman tidak akan menunggu. Hubungi { $recruiter } semula
    .feedback = Hutangnya nyata dan tekanannya nyata. Tetapi gaji tinggi, yuran dan perekrut yang mencari orang berhutang ialah tanda-tanda yang sama seperti dahulu.

after-release-end-fee-gone = Anda meminjam USh { $fee } daripada sepupu dan menghantarnya. { $recruiter } berterima kasih, berkata visa "sedang diproses", dan seminggu kemudian nombornya dan siarannya hilang. Kini ada dua hutang. Ia bukan salah anda: dia sengaja mencari orang yang baru pulang dengan hutang, kerana hutang membuat "ya" yang cepat terasa seperti satu-satunya jalan. Simpan setiap mesej dan rekod bayaran, laporkan dia kepada polis, dan beri amaran kepada kumpulan itu.
after-release-end-again = Anda bersetuju yuran itu dipotong daripada gaji. Tiketnya ke { $abroad }; kemudian ada penerbangan sambungan ke Bangkok, seorang pemandu, dan perjalanan jauh ke sebuah pekan sempadan. Apabila anda sedar, "yuran" itu sudah menjadi hutang semula, dan cerita berhenti di sini. Ia berlaku kepada orang yang pernah melaluinya: perekrut tahu tentang hutang yang menunggu di rumah. Semua ini bukan salah anda, dan jalan yang membantu tetap sama: kedutaan anda, IOM, dan keluarga anda.
after-release-end-reported = Polis mengambil keterangan anda tentang { $recruiter }, dan amaran anda kekal di bahagian atas kumpulan itu. Dua lelaki menulis bahawa mereka hampir membayarnya. Pemberi pinjaman masih datang, dan { $relative } anda masih risau. Tetapi bulan ini tiada sesiapa dari kumpulan itu pergi bersama { $recruiter }, dan kini anda kenal tanda-tandanya lebih baik daripada sesiapa.
after-release-end-local = Anda mula bekerja di gerai sepupu anda di { $home } pada hari Isnin. Gajinya hanya sebahagian kecil daripada yang dijanjikan { $recruiter }, dan pemberi pinjaman merungut, tetapi menerima bayaran ansuran kecil. Ada malam yang masih sukar. Tetapi anda tidur di rumah, dan kerja itu tepat seperti yang dikatakan sepupu anda.
after-release-end-support = Kaunseling bermula minggu berikutnya, dengan seseorang yang pernah mendengar cerita seperti cerita anda. Prosesnya perlahan, dan hutang tidak hilang. Tetapi setiap langkah boleh anda semak, dan orang yang membantu anda tidak meminta apa-apa balasan.

## The catalogue's red flags, in this story's setting

after-release-redflag-informal-border = Tumpangan yang mengelak pusat pemeriksaan
    .explain = Selepas berbulan-bulan di pusat penipuan, pemandu yang menjanjikan pulang dalam tiga hari kedengaran seperti penyelamatan. Meninggalkan kawasan sempadan tanpa melalui pegawai bermakna tiada saringan, tiada rekod tentang apa yang dilakukan terhadap anda, dan risiko ditahan sebagai pendatang haram dan bukannya dibantu sebagai mangsa.
    .advice = Kekal bersama pegawai dan NGO di sempadan, walaupun perlahan, dan minta dihubungkan dengan kedutaan anda. Jangan sekali-kali membayar pemandu untuk mengelak pusat pemeriksaan.

after-release-redflag-pay-too-good = Janji yang sama, kali kedua
    .explain = Keluarga yang berhutang mahu percaya bahawa kerja yang baik sedang menunggu. Tawaran yang datang semula, daripada ejen yang sama atau yang baharu, dengan janji yang serupa, bergantung pada harapan itu, dan pada hutang itu.
    .advice = Anggap tawaran daripada ejen yang sama, atau tawaran yang serupa, sebagai bahaya yang sama. Semak setiap kerja di luar negara dengan senarai agensi berlesen kementerian buruh, dan ceritakan kepada keluarga apa yang berlaku sebelum mereka membuat keputusan.

after-release-redflag-friend-vouches = Orang yang pernah berada di sana juga
    .explain = Sesama orang yang baru pulang memahami apa yang anda lalui, jadi kata-katanya terasa selamat. Dia mungkin mempercayai tawaran itu, atau dibayar, atau ditekan untuk membawa orang.
    .advice = Ucapkan terima kasih, kemudian semak sendiri kerja itu: agensi berlesennya, kontraknya, majikannya. Tanya IOM atau kedutaan anda sebelum menjawab.

after-release-redflag-social-media-ad = Iklan dalam kumpulan orang yang baru pulang
    .explain = Kumpulan untuk orang yang baru pulang terasa seperti tempat selamat dalam kalangan kawan. Perekrut menyiarkan di sana kerana mereka tahu ahlinya berhutang dan mahu cepat bekerja.
    .advice = Cari kerja melalui agensi berlesen dan orang yang boleh anda semak. Laporkan siaran seperti ini kepada pentadbir kumpulan dan polis.

after-release-redflag-upfront-fee = Yuran untuk pergi sekali lagi
    .explain = Apabila pemberi pinjaman sudah di depan pintu, membayar satu yuran untuk melangsaikan semua hutang terasa munasabah. Selepas membayar, berundur bermakna kehilangan wang itu juga.
    .advice = Jangan membayar individu untuk mendapat kerja di luar negara. Tanya kementerian buruh yuran mana yang sah, dan sentiasa minta resit rasmi.

after-release-redflag-debt-bondage = Yuran yang "dipotong daripada gaji"
    .explain = Yuran yang dipotong daripada gaji kedengaran baik: tiada apa untuk dipinjam. Tetapi anda tiba sudah berhutang kepada orang yang menentukan di mana anda tidur dan bila anda boleh pergi, dan begitulah hutang yang lalu bermula.
    .advice = Jangan sekali-kali memulakan kerja di luar negara dalam keadaan berhutang kepada majikan atau perekrut. Kerja sebenar ada kontrak bertulis yang menyatakan gaji anda, dan agensi berlesen yang bertanggungjawab atasnya.
