# Machine-drafted translation: needs review by a native speaker.
recovery-title = Syarikat pemulihan wang
recovery-content-note = Kisah ini tentang kehilangan wang kerana penipuan, serta rasa malu dan takut yang boleh menyusul. Tiada keganasan. Jika ia mengingatkan anda kepada sesuatu yang pernah anda lalui, anda boleh berhenti seketika atau keluar bila-bila masa dengan q, dan bercakap dengan orang yang anda percayai.
recovery-summary = Anda sudah kehilangan wang akibat penipuan pelaburan. Kini sebuah syarikat berkata ia boleh mendapatkan semula wang anda.

## Characters

recovery-character-agent = { $agent }, { $firm }
recovery-character-caller = { $officer }
recovery-character-bank = Pasukan penipuan bank anda
recovery-character-police = Pegawai, unit jenayah siber polis
recovery-character-group = Kumpulan sokongan mangsa penipuan
recovery-character-search = Hasil carian
recovery-character-regulator = { $fake }, talian bantuan mangsa
recovery-character-lawyer = Peguam, di pejabat berhampiran kedai anda

## Variables

recovery-you-ana = Ana Reyes, yang menjalankan kedai roti kecil di Quezon City
recovery-you-tunde = Tunde Bakare, pemilik kedai baiki telefon di Lagos
recovery-you-mark = Mark Kowalski, yang menjalankan perniagaan paip di Cleveland, Ohio
recovery-you-supaporn = Supaporn Chaiyasit, yang menjalankan salun kecantikan di Chiang Mai
recovery-you-arjun = Arjun Mehta, yang menjalankan kedai cetak di Ahmedabad
recovery-you-elena = Elena Popescu, yang menjalankan kedai bunga di Bucharest
recovery-firm-sterling = Sterling Asset Recovery
recovery-firm-apex = Apex Fund Retrieval Group
recovery-firm-crownfield = Crownfield Legal & Recovery
recovery-agent-whitfield = James Whitfield
recovery-agent-bennett = Laura Bennett
recovery-agent-moreau = Daniel Moreau
recovery-agency-fbi = FBI
recovery-agency-interpol = Interpol
recovery-agency-regulator = pengawal selia kewangan
recovery-officer-harris = Ejen Harris
recovery-officer-chen = Pegawai Chen
recovery-officer-okafor = Inspektor Okafor
recovery-fake-ffra = Financial Fraud Recovery Authority
recovery-fake-nfvo = National Fraud Victims Office
recovery-fake-crca = Consumer Restitution and Compensation Agency

## The first contact

recovery-start = Anda ialah { $you }. Tiga bulan lalu anda kehilangan ${ $lost } kepada aplikasi dagangan palsu: ${ $card } yang pertama dibayar dengan kad, bakinya melalui pindahan bank dan kripto. Anda berasa malu, walaupun itu bukan salah anda: aplikasi itu dibina oleh profesional untuk menipu orang yang berhati-hati sekalipun. Anda menulis tentangnya di Facebook dan dalam kumpulan sokongan dalam talian, untuk memberi amaran kepada orang lain. Ramai membalas dengan baik. Beberapa orang menulis kepada anda secara peribadi.
    .discuss = Mengapa penipu mencari orang yang baru kehilangan wang?

recovery-contact = Subjek: Kes anda - dana telah dikesan. Pelanggan yang dihormati, { $firm } bekerjasama dengan { $agency } untuk memulangkan wang yang dicuri melalui penipuan dalam talian. Penganalisis kami telah mengesan ${ $lost } anda ke sebuah dompet kripto. Kami memulihkan sehingga 90% untuk mangsa seperti anda. Balas hari ini untuk membuka kes anda. Ruj. RC-2291/7
    .discuss = Bagaimana syarikat ini mungkin tahu tentang kerugian itu? Apa yang akan anda semak sebelum membalas?
recovery-contact-reply = Balas. Akhirnya, ada orang yang boleh membantu.
    .feedback = Penipu memerhatikan hantaran daripada orang yang kehilangan wang, kemudian menawarkan untuk mendapatkannya semula. Ia berkesan kerana harapan itu benar dan kesakitannya masih baru. Ini penipuan kedua, yang menyasarkan orang yang sudah terluka.
recovery-contact-ask-how = Balas dengan satu soalan: "Bagaimana anda menemui saya?"
    .feedback = Soalan yang baik. Perhatikan sama ada jawapannya sesuatu yang boleh anda semak sendiri.
recovery-contact-check = Jangan balas dulu. Cari laman web rasmi { $agency } dan lihat bagaimana mereka menghubungi mangsa.
    .feedback = Polis dan pengawal selia sebenar tidak menulis kepada mangsa untuk menjual khidmat pemulihan berbayar. Menyemak melalui sumber yang anda cari sendiri ialah langkah yang kukuh. Perhatikan apa yang ditunjukkan carian: penipu juga membeli hasil carian.
recovery-contact-lawyer = Jangan balas mereka. Cari peguam yang mengendalikan kes penipuan
    .feedback = Bertanya kepada profesional itu munasabah, dan mungkin ada kosnya. Syarikat "pemulihan" selalu juga menggelar diri mereka peguam, jadi lihat siapa sebenarnya di sebalik nama itu.

recovery-found-you = Kami bekerjasama dengan penganalisis blockchain yang menjejak dana yang dicuri. Kes anda ada dalam senarai mangsa { $agency } yang kami terima. Masa sangat penting: penjenayah mungkin akan mengosongkan dompet itu tidak lama lagi. Boleh kami telefon anda esok?
recovery-found-you-take-call = Setuju untuk menerima panggilan
    .feedback = "Senarai mangsa" yang dikongsi dengan syarikat swasta bukan cara polis bekerja. Kemungkinan besar mereka menemui hantaran awam anda. Tarikh akhir itu mendesak anda bertindak sebelum menyemak.
recovery-found-you-check = Katakan anda akan menyemak dengan { $agency } sendiri dahulu
    .feedback = Bagus. Agensi sebenar tidak kisah jika anda menyemak. Penipu akan cuba menghalang anda, selalunya dengan tarikh akhir.
recovery-found-you-bank-first = Jangan jawab dulu, dan telefon bank di nombor di belakang kad anda
    .feedback = Bank ialah pihak yang anda hubungi sendiri, dan ia tahu pembayaran anda. Kosnya sejam menunggu di talian dalam minggu yang sibuk.

## A lawyer

recovery-lawyer-stars = Anda mencari "peguam penipuan kripto". Paling atas: "CryptoRecover Legal: 4.9 bintang, 312 ulasan. No win, no fee. Kadar kejayaan 93%." Ulasannya mesra dan terperinci.
    .discuss = Apakah yang diberitahu oleh tiga ratus ulasan baik? Apakah yang tidak?
recovery-lawyer-local = Lebih ke bawah, di peta: sebuah pejabat peguam sepuluh minit dari kedai anda. Sebelas ulasan, ada yang merungut. "Konsultasi pertama: ${ $consult } untuk sejam."
recovery-lawyer-online-firm = Tulis kepada firma lima bintang itu. No win, no fee: tiada apa yang rugi
    .feedback = Ulasan, kadar kejayaan dan "no win, no fee" mudah dibeli atau ditulis. Banyak penipuan pemulihan memakai nama firma guaman, kemudian muncul "yuran fail" atau "cukai" selepas anda menandatangani.
recovery-lawyer-local-lawyer = Buat temu janji di pejabat berhampiran dan bayar ${ $consult } untuk sejam
    .feedback = Peguam yang boleh anda kunjungi, dengan pejabat sebenar dan nama yang boleh anda semak dengan Majlis Peguam, ialah orang yang boleh dipertanggungjawabkan. Sejam itu ada kosnya, dan mungkin tidak membawa pulang apa-apa wang.
recovery-lawyer-search = Sebelum memilih, cari agensi mana yang mengendalikan hal ini di negara anda
    .feedback = Mengetahui siapa pihak berkuasa sebenar membantu anda menilai yang lain. Perhatikan ke mana carian membawa anda.

recovery-lawyer-real-fee = Peguam itu menerima ${ $consult } anda di meja dan menulis resit. Dia membaca dokumen anda lama sekali.
recovery-lawyer-real-honest = "Saya akan berterus terang. Wang yang dihantar dalam kripto hampir tidak pernah kembali, dan sesiapa yang menjanjikan 90% sedang berbohong. Saya tidak akan mengambil kes yang saya tidak boleh menang."
recovery-lawyer-real-card = "Tetapi ${ $card } yang anda bayar dengan kad itu lain. Minta bank anda membuat pertikaian, hari ini: ada had masanya. Dan laporkan kepada polis, supaya ada rekod."
recovery-lawyer-real-bank = Terus pulang dan telefon nombor bank di kad anda
    .feedback = Nasihat yang mengarahkan anda ke bank anda sendiri, dan tidak meminta apa-apa lagi, ialah nasihat yang boleh dipercayai. Sejam itu berharga ${ $consult }, dan berbaloi.
recovery-lawyer-real-police = Singgah di balai polis dalam perjalanan pulang
    .feedback = Laporan merekodkan kerugian anda, dan polis boleh mengaitkannya dengan kes lain. Perlahan, tetapi benar.
recovery-lawyer-real-firm-after-all = Dia tidak menjanjikan apa-apa. { $firm } menjanjikan 90%. Balas juga e-mel mereka
    .feedback = "Mungkin tidak" yang jujur lebih menyakitkan daripada janji yang yakin. Tetapi hanya jawapan jujur yang datang daripada orang yang boleh anda semak. Janji itu datang daripada orang yang menemui anda melalui hantaran anda.

## The fee

recovery-call-sorry = Saya peguam yang mengendalikan kes anda. Pertama sekali, saya sangat bersimpati atas apa yang berlaku kepada anda. Penjenayah ini profesional. Itu bukan salah anda.
    .discuss = Semua dalam ayat pertama ini benar. Kenapa itu menjadikan selebihnya lebih mudah dipercayai?
recovery-call-traced = Kami telah mengesan dompet itu, dan { $agency } akan membekukannya sebaik sahaja kami memfailkan kes anda.
recovery-call-fee = Ada yuran fail sekali bayar sebanyak ${ $fee }. Ia mesti dibayar dalam USDT, sejenis mata wang kripto, atas sebab keselamatan.
recovery-call-pay-fee = Bayar ${ $fee } itu. Jumlahnya kecil berbanding ${ $lost }.
    .feedback = Yuran sebelum apa-apa berlaku ialah teras penipuan ini. Polis, badan pengawal selia dan pasukan penipuan bank yang sebenar tidak pernah mengenakan bayaran kepada mangsa untuk mendapatkan semula wang, dan tidak pernah meminta kripto. Kata-kata baik itu sudah dilatih.
recovery-call-ask-proof = Minta bukti: lesen mereka, dan surat daripada { $agency }
    .feedback = Meminta bukti itu adil. Perhatikan jenis bukti yang anda terima, dan daripada siapa ia datang.
recovery-call-refuse-fee = Katakan anda tidak akan membayar apa-apa sebelum bercakap dengan bank anda
    .feedback = Betul. Yuran dahulu, dalam kripto, ialah tanda paling jelas. Jika wang pernah dipulihkan, ia melalui polis dan mahkamah, bukan melalui yuran kepada orang yang tidak dikenali.

recovery-documents-letter = PDF: sepucuk surat dengan meterai dan logo { $agency }. "Rakan Pemulihan Yang Diberi Kuasa. Kes RC-2291/7."
    .discuss = Bagaimana anda akan menyemak sama ada surat seperti ini benar?
recovery-documents-licence = Nombor lesen kami FRC-448812. Ia ada di laman web kami, bersama ulasan daripada pelanggan yang berpuas hati.
recovery-documents-badge = Gambar: { $agent } berkot, dengan lencana pengenalan, di hadapan sebuah bendera.
recovery-documents-push = Semuanya rasmi. Kami hanya perlukan yuran fail untuk bermula.
recovery-documents-pay = Dokumen itu nampak sah. Bayar yuran itu.
    .feedback = Logo, meterai, nombor kes dan lencana mudah ditiru. Laman web dengan ulasan yang memuji-muji murah untuk dibuat. Kemas bukan bukti: hanya kenalan yang anda cari sendiri boleh mengesahkannya.
recovery-documents-call-letter = Telefon nombor yang tercetak pada surat itu, untuk menyemak
    .feedback = Menyemak itu betul, tetapi nombor yang mereka berikan akan membawa kembali kepada mereka. Gunakan nombor yang anda cari sendiri: di laman web rasmi, ditaip sendiri, atau di belakang kad bank anda.
recovery-documents-look-up = Cari sendiri nombor telefon { $agency }, dan telefon nombor itu
    .feedback = Betul: logo dan nombor pada surat tidak membuktikan apa-apa, jadi anda mencari sendiri. Di mana anda mencari juga penting.

recovery-spoof-hello = Selamat petang. Ini { $officer }, meja pemulihan aset, { $agency }.
recovery-spoof-confirm = Saya mengesahkan bahawa { $firm } ialah rakan kongsi kami yang diberi kuasa bagi kes anda. Sila ikut arahan mereka.
recovery-spoof-bank = Dan sila jangan bincangkan kes ini dengan bank anda. Suspek mungkin ada kenalan di sana.
recovery-spoof-trust = Itu sudah jelas. Bayar yuran itu.
    .feedback = "Pengesahan" melalui nombor yang diberikan oleh syarikat itu ialah pasukan yang sama memainkan watak kedua. Disuruh jangan bercakap dengan bank anda ialah tanda yang kuat: pegawai sebenar mahu bank anda terlibat.
recovery-spoof-doubt = Letak telefon. Cari sendiri nombor rasmi dan telefon.
    .feedback = Bagus. Sesiapa pun boleh menyebut jawatan di telefon. Nombor yang anda cari sendiri, daripada sumber yang boleh dipercayai, memberitahu siapa sebenarnya yang anda bercakap.

## Your own search

recovery-search-results = Anda menaip nama { $agency } dan "mangsa penipuan" dalam enjin carian.
    .discuss = Anda menemui nombor ini sendiri. Apa lagi yang anda mahu tahu sebelum mempercayainya?
recovery-search-top = Paling atas, bertanda "Ditaja": { $fake }, "Perkhidmatan rasmi pampasan mangsa". Halamannya ada jata negara, borang menjejak kes dan talian bantuan 24 jam.
recovery-search-gov = Lebih ke bawah: halaman yang lebih ringkas di alamat kerajaan, dengan notis bertajuk "Amaran penipuan: syarikat pemulihan dana".
recovery-search-call-top = Telefon talian bantuan paling atas: ia nampak rasmi, dan anda menemuinya sendiri
    .feedback = Inilah yang dilakukan orang yang berhati-hati, dan penipu tahu: mereka membeli iklan carian dan meniru jata untuk agensi tiruan. Mencari nombor sendiri ialah tabiat yang baik, tetapi belum cukup dengan sendirinya.
recovery-search-gov-page = Baca dulu amaran penipuan di halaman yang ringkas
    .feedback = Alamat kerajaan, halaman yang hambar dan amaran yang tidak meminta apa-apa daripada anda: selalunya begitulah rupa pihak berkuasa sebenar.
recovery-search-ask-bank = Terlalu banyak halaman yang nampak rasmi. Telefon bank di nombor pada kad anda
    .feedback = Apabila anda tidak dapat membezakan halaman mana yang asli, kembali kepada nombor yang sudah anda ada sebelum semua ini bermula.

recovery-fake-reg-menu = Suara rakaman: "Anda telah menghubungi { $fake }. Untuk mangsa penipuan dalam talian, tekan 1."
recovery-fake-reg-confirm = Seorang pegawai yang tenang terus menemui nombor kes anda. "Ya, { $firm } ialah rakan pemulihan berdaftar. Fail anda tulen."
recovery-fake-reg-no-fee = "Dan bagus anda menyemak terus dengan kami. Kami tidak pernah meminta kripto daripada mangsa, dan tidak pernah meminta yuran."
recovery-fake-reg-escrow = "Deposit pemfailan dibuat melalui pindahan bank ke akaun pelanggan kami yang diselia, dan dipulangkan sepenuhnya jika pemulihan gagal. Tempoh pemfailan kes anda tamat hari ini."
recovery-fake-reg-pay-escrow = Bayar deposit melalui pindahan bank. Anda sudah menyemak, mereka memberi amaran tentang kripto, dan ia boleh dipulangkan
    .feedback = Anda sudah membuat semakan yang boleh dibuat oleh orang yang berhati-hati: mencari nombor sendiri, tidak membayar dengan kripto, mendapat resit. Agensi tiruan itu dibina untuk lulus setiap satunya. Peraturan yang kekal: tiada pihak sebenar yang meminta anda membayar untuk mendapatkan semula wang yang hilang, walaupun deposit yang "boleh dipulangkan".
recovery-fake-reg-pay-half = Tawarkan separuh sekarang dan separuh apabila wang kembali
    .feedback = Menahan separuh terasa seperti perlindungan. Tetapi apa-apa wang yang dibayar sebelum wang keluar ialah helahnya, walau bagaimana pun ia dibahagi.
recovery-fake-reg-ask-bank = Katakan anda akan telefon semula selepas bercakap dengan bank
    .feedback = "Tempoh" yang tamat hari ini ialah tekanan supaya anda tidak bertanya kepada orang lain. Bank anda tahu akaun mana yang sebenar. Anda mungkin terlepas tarikh akhir itu, dan agensi sebenar tidak akan menetapkannya.

recovery-fake-paid = Pindahan berjaya, dan resit berjata tiba. Dua hari kemudian talian bantuan tidak berjawab, halaman itu hilang, dan { $firm } tidak lagi membalas. Wang yang anda hantar pun hilang.

## The frozen funds

recovery-paid-thanks = Yuran diterima. Kes anda kini dibuka.
    .discuss = Wang itu "sedia", tetapi hanya selepas satu lagi yuran. Kenapa begitu sukar untuk berhenti di sini? Apa yang akan anda katakan kepada kawan yang berada dalam keadaan ini?
recovery-paid-frozen = Berita baik! Dompet itu telah dibekukan oleh { $agency }. ${ $lost } anda sedia untuk dilepaskan.
recovery-paid-portal = Anda boleh melihatnya di portal pelanggan anda. Status: DIBEKUKAN, menunggu yuran pelepasan.
recovery-paid-release = Yuran pelepasan terakhir ialah ${ $final }, dalam USDT, dalam masa 48 jam. Selepas itu, dana mungkin kembali kepada penjenayah.
recovery-paid-pay-final = Bayar ${ $final } itu. Anda sudah begitu hampir.
    .feedback = Wang yang "dibekukan" sehingga anda membayar satu lagi yuran ialah helah yang sama seperti penipuan pertama. Portal itu hanya halaman yang mereka kawal. Akan sentiasa ada yuran lain.
recovery-paid-deduct = Minta mereka potong yuran itu daripada wang yang dipulihkan
    .feedback = Soalan yang adil. Jika wang itu benar-benar ada, yuran itu boleh dipotong daripadanya.
recovery-paid-stop = Berhenti. Hubungi pasukan penipuan bank anda melalui nombor di kad anda.
    .feedback = Betul. Wang anda sendiri, yang ditahan sehingga anda membayar lagi, ialah tanda bahawa tiada apa-apa untuk dilepaskan. Berhenti sekarang melindungi apa yang masih anda miliki.

recovery-excuse-law = Itu tidak dibenarkan oleh undang-undang antarabangsa. Dana yang dibekukan tidak boleh disentuh sehingga yuran dijelaskan.
recovery-excuse-risk = Saya mempertaruhkan lesen saya untuk membantu anda. Pelanggan lain sudah bayar dan dapat semula semuanya.
recovery-excuse-clock = Tinggal 36 jam. Tolong jangan kehilangan segala-galanya buat kali kedua.
recovery-excuse-pay = Bayar. Anda tidak sanggup kehilangan semuanya sekali lagi.
    .feedback = "Jangan kehilangan segala-galanya buat kali kedua" menggunakan kesakitan anda untuk menentang anda. Tiada undang-undang yang menghalang yuran dipotong daripada wang yang benar-benar ada. Dana yang dibekukan itu tidak wujud.
recovery-excuse-stop = Berhenti, dan semak dengan bank anda melalui nombor di kad anda
    .feedback = Betul. Tiada undang-undang seperti itu, hanya alasan untuk membuat anda membayar dahulu. Berhenti di bawah tekanan seperti ini memerlukan kekuatan.

recovery-second-paid-received = Bayaran diterima. Satu langkah terakhir.
recovery-second-paid-certificate = Sekarang { $agency } memerlukan sijil anti pengubahan wang haram sebelum pelepasan: ${ $fee }. Selepas itu, dana itu milik anda.
recovery-second-paid-pay-again = Bayar sekali lagi. Ia mesti berakhir juga suatu hari nanti.
    .feedback = Terus berharap itu sifat manusia. Tetapi setiap yuran yang mereka sebut akan diikuti yuran lain, kerana tiada wang untuk dilepaskan.
recovery-second-paid-stop = Berhenti. Simpan setiap mesej dan resit, dan dapatkan bantuan yang sebenar.
    .feedback = Berhenti selepas anda sudah membayar memang sangat sukar, dan itulah langkah yang betul. Apa pun yang anda bayar tidak menjadikan anda bersalah atas perbuatan mereka.

## The real help

recovery-verify = Anda mengetepikan mesej-mesej syarikat itu. Anda mencari nombor sendiri: nombor di belakang kad bank anda, dan unit jenayah siber polis di laman web rasminya, ditaip sendiri, bukan daripada pautan.
    .discuss = Di mana anda boleh mencari nombor yang boleh dipercayai di negara anda?
recovery-verify-call-bank = Hubungi pasukan penipuan bank anda
recovery-verify-go-police = Pergi ke unit jenayah siber polis untuk melapor: satu petang dengan kedai ditutup
recovery-verify-lawyer = Bayar sejam dengan peguam tempatan dulu, untuk memahami pilihan anda
recovery-verify-warn-group = Dahulu, beri amaran kepada kumpulan sokongan tempat anda berkongsi cerita

recovery-bank-hello = Pasukan penipuan, terima kasih kerana menghubungi kami. Boleh ceritakan apa yang berlaku?
recovery-bank-never = Kami tidak pernah mengenakan yuran untuk mendapatkan semula wang, dan tiada agensi sebenar yang meminta kripto. Dan { $agency } tidak pernah menghantar syarikat swasta untuk meminta wang daripada anda.
recovery-bank-honest = Pindahan dan kripto sukar dikembalikan, dan saya tidak boleh menjanjikan apa-apa. ${ $card } yang anda bayar dengan kad itu lain: kami boleh mempertikaikannya, jika kita mula sekarang.
recovery-bank-dispute = Mulakan pertikaian kad, walaupun perlu mengisi borang malam ini
    .feedback = Pertikaian kad (chargeback) ialah cara sebenar sebahagian wang boleh kembali, melalui bank anda sendiri, tanpa membayar apa-apa. Ada had masanya, mengambil masa berminggu-minggu, dan mungkin gagal.
recovery-bank-flag-payments = Berikan mereka tarikh dan alamat dompet kripto bagi setiap bayaran kepada syarikat itu
    .feedback = Bertindak cepat itu penting. Bayaran kripto sukar dibatalkan, tetapi bank boleh melindungi akaun anda, dan laporan anda membantu menjejak orang di sebaliknya.
recovery-bank-report = Ucapkan terima kasih, dan laporkan juga kepada unit jenayah siber polis
    .feedback = Jawapan yang jujur kedengaran lebih kecil daripada janji 90% syarikat itu. Itulah bezanya: bantuan sebenar tidak menjanjikan apa yang tidak diketahuinya, dan tidak meminta wang.
recovery-bank-back-to-firm = Syarikat itu menjanjikan 90%. Bank tidak menjanjikan apa-apa. Beri syarikat itu satu lagi peluang.
    .feedback = Janji besar terasa lebih baik daripada "mungkin" yang jujur. Sebab itulah penipuan pemulihan wang begitu berkesan terhadap orang yang sudah kehilangan wang. Hanya jawapan yang jujur datang daripada pihak yang anda hubungi sendiri.

recovery-police-report = Pegawai itu mengambil laporan anda. Dia meminta setiap e-mel, sembang, resit dan alamat dompet kripto.
recovery-police-slow = Ini mungkin mengambil masa berbulan-bulan, dan saya tidak boleh berjanji kami akan menemui mereka. Ini nombor kes anda.
recovery-police-known = Orang lain juga telah melaporkan { $firm } bulan ini. Surat yang sama, nombor kes yang sama.
recovery-police-no-fee = Kami tidak pernah meminta yuran daripada mangsa. Jika sesiapa menelefon mengaku sebagai kami dan meminta wang, letak telefon.
recovery-police-go-home = Pulang ke rumah. Anda sudah melakukan apa yang anda mampu.
    .feedback = Anda menyimpan bukti dan membuat laporan kepada pihak berkuasa yang sebenar. Itu memang tepat, walaupun wang itu tidak kembali.
recovery-police-go-home-disputed = Pulang, dan tunggu jawapan bank tentang kad
    .feedback = Anda menggunakan dua laluan yang sebenar: laporan polis dan bank anda. Tiada yang menjanjikan apa-apa, dan tiada yang meminta wang daripada anda.
recovery-police-ask-bank = Tanya apa yang perlu dibuat tentang bayaran kad, dan telefon bank
    .feedback = Polis tidak boleh membatalkan bayaran, bank anda kadangkala boleh. Satu lagi panggilan dalam hari yang panjang.
recovery-police-go-home-paid = Pulang ke rumah. Anda sudah melakukan apa yang anda mampu buat masa ini.
    .feedback = Membuat laporan, walaupun selepas membayar, memang tepat. Bukti anda membantu polis mengaitkan kes-kes dan mungkin melindungi orang lain.
recovery-police-warn-group = Hantar amaran dalam kumpulan sokongan tempat anda berkongsi kisah anda
    .feedback = Penipu mencari mangsa dalam kumpulan awam. Amaran daripada seseorang yang pernah melaluinya sering membuatkan orang berhenti.

## The card dispute

recovery-chargeback-forms = Kami telah membuka pertikaian atas ${ $card }. Sila hantar penyata dan tangkapan skrin aplikasi sebelum Jumaat.
    .discuss = Bank tidak menjanjikan apa-apa dan meminta dokumen. Syarikat itu menjanjikan 90%. Yang mana anda akan percaya, dan mengapa?
recovery-chargeback-weeks = Ia boleh mengambil masa sehingga enam minggu. Syarikat pihak sana mungkin membantahnya.
recovery-chargeback-no-promise = Maaf, saya tidak boleh berkata lebih. Kami tidak pernah meminta yuran, dan kami hanya akan menghubungi anda melalui aplikasi atau nombor pada kad anda.
recovery-chargeback-police-too = Laporkan juga kepada polis, dengan nombor kes bank
    .feedback = Laporan polis membantu pertikaian bank dan mengaitkan kes anda dengan yang lain. Satu lagi petang dengan kedai ditutup.
recovery-chargeback-wait = Hantar dokumen, dan tunggu
    .feedback = Menunggu itu sukar apabila orang lain menjanjikan hasil yang cepat. Laluan sebenar memang perlahan.
recovery-chargeback-wait-paid = Hantar dokumen, dan tunggu
    .feedback = Menunggu itu sukar apabila orang lain menjanjikan hasil yang cepat. Laluan sebenar memang perlahan.
recovery-chargeback-firm-faster = { $firm } menulis lagi: mereka boleh "mempercepatkan" pertikaian bank anda. Biar mereka membantu sementara menunggu
    .feedback = Penipu pemulihan sering menawarkan untuk "mempercepatkan" proses yang sebenar. Bank anda tidak memerlukan orang tengah, dan tidak pernah meminta yuran.
recovery-chargeback-warn-group = Beri amaran kepada kumpulan sokongan tentang { $firm } sementara menunggu
    .feedback = Amaran daripada orang yang pernah melaluinya ialah amaran yang dipercayai orang.

## The support group

recovery-group-question = Hantaran baharu: "{ $firm } kata mereka boleh dapatkan semula duit saya dengan yuran yang sedikit. Ada sesiapa pernah guna mereka?"
    .discuss = Bagaimana seseorang dalam kumpulan seperti ini boleh membezakan nasihat sebenar daripada pujian palsu? Apa yang boleh ditulis dalam balasan yang akan membantu?
recovery-group-praise = Balasan daripada akaun baharu: "Ya!! Mereka dapatkan balik SEMUA duit saya dalam dua minggu. Mesej mereka sekarang!!"
recovery-group-warn = Balas: ini penipuan pemulihan wang. Tiada agensi sebenar yang mengenakan yuran. Ini cara untuk melaporkannya.
    .feedback = Anda menamakan helah itu dan menunjukkan cara yang lebih baik. Balasan yang memuji-muji daripada akaun baharu selalunya daripada penipu itu sendiri.
recovery-group-share-story = Kongsikan apa yang berlaku kepada anda, termasuk yuran-yurannya
    .feedback = Menceritakan kisah anda memerlukan keberanian. Orang mendengar seseorang yang pernah melaluinya, dan ia menunjukkan bahawa ini boleh berlaku kepada sesiapa sahaja.
recovery-group-report-post = Laporkan balasan penuh pujian itu kepada pentadbir kumpulan sebagai akaun palsu
    .feedback = Akaun baharu yang penuh pujian ialah helah biasa dalam kumpulan mangsa. Pentadbir boleh membuangnya dan memberi amaran kepada ahli.
recovery-group-scroll = Tatal sahaja. Anda sudah cukup banyak menderita.
    .feedback = Itu boleh difahami. Tetapi balasan ringkas daripada seseorang yang mengenali tanda-tandanya boleh menghalang orang seterusnya daripada membayar.

## Endings

recovery-end-safe = Anda tidak membayar syarikat itu. Laporan anda menyertai laporan lain tentang { $firm }, dan itu membantu polis mengaitkan kes-kes. Kerugian pertama anda masih menyakitkan, dan itu bukan salah anda. Anda menyimpan bukti, dan kini anda tahu tandanya: bantuan sebenar tidak pernah meminta yuran dalam kripto.
recovery-end-scammed = Syarikat pemulihan wang itu ialah penipuan kedua, dijalankan oleh orang yang mencari mangsa yang sudah terluka. Yuran yang anda bayar sudah hilang, dan tidak pernah ada wang yang dibekukan. Ini bukan salah anda. Laporkan kepada unit jenayah siber polis dan bank anda, simpan setiap mesej dan resit, dan bercakap dengan orang yang anda percayai atau perkhidmatan sokongan.
recovery-end-helped = Orang yang bertanya berterima kasih kepada anda: mereka hampir menghantar yuran itu. Yang lain berkata mereka menerima surat yang sama. Pentadbir membuang balasan penuh pujian itu, dan kumpulan menyematkan amaran tentang { $firm }, dengan cara melapor kepada pihak berkuasa sebenar.
recovery-end-chargeback = Tujuh minggu kemudian, ${ $card } kembali ke kad anda. Itu bukan semua yang hilang: pindahan dan kripto masih hilang, dan kes polis masih terbuka, perlahan dan senyap. Tetapi tiada sesiapa meminta apa-apa daripada anda, dan yang membantu ialah pihak yang anda hubungi melalui nombor yang sudah anda ada. Kerugian pertama bukan salah anda, dan anda tidak kehilangan apa-apa lagi kepada penipu.
recovery-end-regulator = Anda kehilangan deposit selepas melakukan apa yang dilakukan orang yang berhati-hati: anda tidak mempercayai syarikat itu bulat-bulat, anda mencari sendiri, anda menelefon agensi yang nampak rasmi, anda tidak membayar dengan kripto. Agensi itu palsu, hingga ke iklan cariannya, dan dibina untuk lulus semakan itu. Ini bukan salah anda. Telefon bank anda segera (pindahan yang baru kadangkala masih boleh ditarik balik), laporkan halaman dan nombor agensi palsu itu kepada polis dan pengawal selia sebenar, dan ingat peraturan yang kekal walaupun semua semakan lulus: tiada pihak sebenar yang meminta anda membayar untuk mendapatkan wang kembali.

## The catalogue's red flags, in this story's setting

recovery-redflag-upfront-fee = Bayaran sebelum wang dikembalikan
    .explain = Selepas kerugian, bayaran untuk "melepaskan" atau "mendapatkan semula" wang terasa seperti langkah terakhir. Ia helah yang sama: sebaik anda membayar, sentiasa ada satu bayaran lagi.
    .advice = Jangan bayar sesiapa untuk mendapatkan semula wang yang hilang. Tanya bank anda melalui nombor di belakang kad, dan unit siber polis melalui laman web rasminya: kedua-duanya tidak mengenakan bayaran untuk laporan atau siasatan.

recovery-redflag-polish-not-proof = Nampak rasmi bukan bukti
    .explain = Logo, nombor kes, kepala surat firma guaman dan suara yang tenang dan baik membuat tawaran "pemulihan wang" kelihatan benar. Penipu meniru syarikat, pengawal selia dan polis sebenar, jadi orang yang berhati-hati pun boleh tertipu.
    .advice = Semak melalui saluran yang anda cari sendiri, bukan pautan, nombor atau dokumen yang mereka hantar: bank anda, unit siber polis, pengawal selia kewangan negara anda.
