# Machine-drafted translation: needs review by a native speaker.
recovery-title = Syarikat pemulihan wang
recovery-summary = Anda sudah kehilangan wang akibat penipuan pelaburan. Kini sebuah syarikat berkata ia boleh mendapatkan semula wang anda.

## Characters

recovery-character-agent = { $agent }, { $firm }
recovery-character-caller = { $officer }
recovery-character-bank = Pasukan penipuan bank anda
recovery-character-police = Pegawai, unit jenayah siber polis
recovery-character-group = Kumpulan sokongan mangsa penipuan

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

## The first contact

recovery-start = Anda ialah { $you }. Tiga bulan lalu anda kehilangan ${ $lost } akibat aplikasi dagangan palsu. Anda rasa malu, walaupun itu bukan salah anda. Anda menulis tentangnya di Facebook dan dalam kumpulan sokongan dalam talian, untuk memberi amaran kepada orang lain. Ramai membalas dengan baik. Beberapa orang menulis kepada anda secara peribadi.
    .discuss = Kenapa penipu mencari orang yang baru kehilangan wang?

recovery-contact = Subjek: Kes anda - dana telah dikesan. Pelanggan yang dihormati, { $firm } bekerjasama dengan { $agency } untuk memulangkan wang yang dicuri melalui penipuan dalam talian. Penganalisis kami telah mengesan ${ $lost } anda ke sebuah dompet kripto. Kami memulihkan sehingga 90% untuk mangsa seperti anda. Balas hari ini untuk membuka kes anda. Ruj. RC-2291/7
    .discuss = Bagaimana syarikat ini mungkin tahu tentang kerugian itu? Apa yang akan anda semak sebelum membalas?
recovery-contact-reply = Balas. Akhirnya, ada orang yang boleh membantu.
    .feedback = Penipu memerhatikan hantaran daripada orang yang kehilangan wang, kemudian menawarkan untuk mendapatkannya semula. Ia berkesan kerana harapan itu benar dan kesakitannya masih baru. Ini penipuan kedua, yang menyasarkan orang yang sudah terluka.
recovery-contact-ask-how = Balas dengan satu soalan: "Bagaimana anda menemui saya?"
    .feedback = Soalan yang baik. Perhatikan sama ada jawapannya sesuatu yang boleh anda semak sendiri.
recovery-contact-check = Jangan balas dahulu. Cari laman web rasmi { $agency } sendiri dan lihat bagaimana ia menghubungi mangsa.
    .feedback = Polis dan badan pengawal selia yang sebenar tidak menulis kepada mangsa untuk menjual khidmat pemulihan dengan bayaran. Menyemak melalui sumber yang anda cari sendiri ialah langkah paling kukuh yang boleh anda ambil.

recovery-found-you = Kami bekerjasama dengan penganalisis blockchain yang menjejak dana yang dicuri. Kes anda ada dalam senarai mangsa { $agency } yang kami terima. Masa sangat penting: penjenayah mungkin akan mengosongkan dompet itu tidak lama lagi. Boleh kami telefon anda esok?
recovery-found-you-take-call = Setuju untuk menerima panggilan
    .feedback = "Senarai mangsa" yang dikongsi dengan syarikat swasta bukan cara polis bekerja. Kemungkinan besar mereka menemui hantaran awam anda. Tarikh akhir itu mendesak anda bertindak sebelum menyemak.
recovery-found-you-check = Katakan anda akan menyemak dengan { $agency } sendiri dahulu
    .feedback = Bagus. Agensi sebenar tidak kisah jika anda menyemak. Penipu akan cuba menghalang anda, selalunya dengan tarikh akhir.

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
    .feedback = Tepat sekali. Logo dan nombor pada surat tidak membuktikan apa-apa. Nombor yang anda cari sendiri akan sampai kepada orang yang sebenar.

recovery-spoof-hello = Selamat petang. Ini { $officer }, meja pemulihan aset, { $agency }.
recovery-spoof-confirm = Saya mengesahkan bahawa { $firm } ialah rakan kongsi kami yang diberi kuasa bagi kes anda. Sila ikut arahan mereka.
recovery-spoof-bank = Dan sila jangan bincangkan kes ini dengan bank anda. Suspek mungkin ada kenalan di sana.
recovery-spoof-trust = Itu sudah jelas. Bayar yuran itu.
    .feedback = "Pengesahan" melalui nombor yang diberikan oleh syarikat itu ialah pasukan yang sama memainkan watak kedua. Disuruh jangan bercakap dengan bank anda ialah tanda yang kuat: pegawai sebenar mahu bank anda terlibat.
recovery-spoof-doubt = Letak telefon. Cari sendiri nombor rasmi dan telefon nombor itu.
    .feedback = Bagus. Sesiapa pun boleh menyebut gelaran di telefon. Hanya nombor yang anda cari sendiri memberitahu dengan siapa anda sebenarnya bercakap.

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
recovery-verify-go-police = Pergi ke unit jenayah siber polis untuk membuat laporan

recovery-bank-hello = Pasukan penipuan, terima kasih kerana menghubungi kami. Boleh ceritakan apa yang berlaku?
recovery-bank-never = Kami tidak pernah mengenakan yuran untuk mendapatkan semula wang, dan tiada agensi sebenar yang meminta kripto. Dan { $agency } tidak pernah menghantar syarikat swasta untuk meminta wang daripada anda.
recovery-bank-honest = Saya tidak boleh berjanji wang anda akan kembali. Tetapi kami boleh melindungi akaun anda, dan membantu anda membuat laporan.
recovery-bank-flag-payments = Berikan mereka tarikh dan alamat dompet kripto bagi setiap bayaran kepada syarikat itu
    .feedback = Bertindak cepat itu penting. Bayaran kripto sukar dibatalkan, tetapi bank boleh melindungi akaun anda, dan laporan anda membantu menjejak orang di sebaliknya.
recovery-bank-report = Ucapkan terima kasih, dan laporkan juga kepada unit jenayah siber polis
    .feedback = Jawapan yang jujur kedengaran lebih kecil daripada janji 90% syarikat itu. Itulah bezanya: bantuan sebenar tidak menjanjikan apa yang tidak diketahuinya, dan tidak meminta wang.
recovery-bank-back-to-firm = Syarikat itu menjanjikan 90%. Bank tidak menjanjikan apa-apa. Beri syarikat itu satu lagi peluang.
    .feedback = Janji besar terasa lebih baik daripada "mungkin" yang jujur. Sebab itulah penipuan pemulihan wang begitu berkesan terhadap orang yang sudah kehilangan wang. Hanya jawapan yang jujur datang daripada pihak yang anda hubungi sendiri.

recovery-police-report = Pegawai itu mengambil laporan anda. Dia meminta setiap e-mel, sembang, resit dan alamat dompet kripto.
recovery-police-known = Orang lain juga telah melaporkan { $firm } bulan ini. Surat yang sama, nombor kes yang sama.
recovery-police-no-fee = Kami tidak pernah meminta yuran daripada mangsa. Jika sesiapa menelefon mengaku sebagai kami dan meminta wang, letak telefon.
recovery-police-go-home = Pulang ke rumah. Anda sudah melakukan apa yang anda mampu.
    .feedback = Anda menyimpan bukti dan membuat laporan kepada pihak berkuasa yang sebenar. Itu memang tepat, walaupun wang itu tidak kembali.
recovery-police-go-home-paid = Pulang ke rumah. Anda sudah melakukan apa yang anda mampu buat masa ini.
    .feedback = Membuat laporan, walaupun selepas membayar, memang tepat. Bukti anda membantu polis mengaitkan kes-kes dan mungkin melindungi orang lain.
recovery-police-warn-group = Hantar amaran dalam kumpulan sokongan tempat anda berkongsi kisah anda
    .feedback = Penipu mencari mangsa dalam kumpulan awam. Amaran daripada seseorang yang pernah melaluinya sering membuatkan orang berhenti.

## The support group

recovery-group-question = Hantaran baharu: "{ $firm } kata mereka boleh dapatkan semula duit saya dengan yuran yang sedikit. Ada sesiapa pernah guna mereka?"
    .discuss = Bagaimana seseorang dalam kumpulan seperti ini boleh membezakan nasihat sebenar daripada pujian palsu? Apa yang boleh ditulis dalam balasan yang akan membantu?
recovery-group-praise = Balasan daripada akaun baharu: "Ya!! Mereka dapatkan balik SEMUA duit saya dalam dua minggu. Mesej mereka sekarang!!"
recovery-group-warn = Balas: ini penipuan pemulihan wang. Tiada agensi sebenar yang mengenakan yuran. Ini cara untuk melaporkannya.
    .feedback = Anda menamakan helah itu dan menunjukkan cara yang lebih baik. Balasan yang memuji-muji daripada akaun baharu selalunya daripada penipu itu sendiri.
recovery-group-share-story = Kongsikan apa yang berlaku kepada anda, termasuk yuran-yurannya
    .feedback = Menceritakan kisah anda memerlukan keberanian. Orang mendengar seseorang yang pernah melaluinya, dan ia menunjukkan bahawa ini boleh berlaku kepada sesiapa sahaja.
recovery-group-scroll = Tatal sahaja. Anda sudah cukup banyak menderita.
    .feedback = Itu boleh difahami. Tetapi balasan ringkas daripada seseorang yang mengenali tanda-tandanya boleh menghalang orang seterusnya daripada membayar.

## Endings

recovery-end-safe = Anda tidak membayar syarikat itu. Laporan anda menyertai laporan lain tentang { $firm }, dan itu membantu polis mengaitkan kes-kes. Kerugian pertama anda masih menyakitkan, dan itu bukan salah anda. Anda menyimpan bukti, dan kini anda tahu tandanya: bantuan sebenar tidak pernah meminta yuran dalam kripto.
recovery-end-scammed = Syarikat pemulihan wang itu ialah penipuan kedua, dijalankan oleh orang yang mencari mangsa yang sudah terluka. Yuran yang anda bayar sudah hilang, dan tidak pernah ada wang yang dibekukan. Ini bukan salah anda. Laporkan kepada unit jenayah siber polis dan bank anda, simpan setiap mesej dan resit, dan bercakap dengan orang yang anda percayai atau perkhidmatan sokongan.
recovery-end-helped = Balasan anda kekal di bahagian atas bebenang itu. Orang yang bertanya mengucapkan terima kasih: dia hampir menghantar yuran itu. Orang lain berkata mereka menerima surat yang sama. Kumpulan itu menyematkan amaran tentang { $firm } dan menerangkan cara membuat laporan kepada pihak berkuasa yang sebenar.

recovery-content-note = Kisah ini tentang kehilangan wang kerana penipuan, serta rasa malu dan takut yang boleh menyusul. Tiada keganasan. Jika ia mengingatkan anda kepada sesuatu yang pernah anda lalui, anda boleh berhenti seketika atau keluar bila-bila masa dengan q, dan bercakap dengan orang yang anda percayai.

## The catalogue's red flags, in this story's setting

recovery-redflag-upfront-fee = Bayaran sebelum wang dikembalikan
    .explain = Selepas kerugian, bayaran untuk "melepaskan" atau "mendapatkan semula" wang terasa seperti langkah terakhir. Ia helah yang sama: sebaik anda membayar, sentiasa ada satu bayaran lagi.
    .advice = Jangan bayar sesiapa untuk mendapatkan semula wang yang hilang. Tanya bank anda melalui nombor di belakang kad, dan unit siber polis melalui laman web rasminya: kedua-duanya tidak mengenakan bayaran untuk laporan atau siasatan.

recovery-redflag-polish-not-proof = Nampak rasmi bukan bukti
    .explain = Logo, nombor kes, kepala surat firma guaman dan suara yang tenang dan baik membuat tawaran "pemulihan wang" kelihatan benar. Penipu meniru syarikat, pengawal selia dan polis sebenar, jadi orang yang berhati-hati pun boleh tertipu.
    .advice = Semak melalui saluran yang anda cari sendiri, bukan pautan, nombor atau dokumen yang mereka hantar: bank anda, unit siber polis, pengawal selia kewangan negara anda.
