# Machine-drafted translation: needs review by a native speaker.
dream-job-title = Kerja idaman
dream-job-summary = Anda baru tamat belajar dan anda perlukan kerja. Kemudian muncul satu kerja di luar negara yang seolah-olah dibuat khas untuk anda.
dream-job-content-note = Cerita ini menyentuh tentang pemerdagangan manusia. Tiada keganasan ditunjukkan. Anda boleh berhenti seketika atau keluar pada bila-bila masa dengan q.

## Characters

dream-job-character-advert = Kerja Luar Negara - Sedang Mengambil Pekerja
dream-job-character-recruiter = { $recruiter }, HR, { $company }
dream-job-character-officer = Pegawai imigresen
dream-job-character-hotline = Talian bantuan agensi pekerja migran
dream-job-character-licensed = Agensi pengambilan pekerja berlesen

## Variables

dream-job-you-joy-cebu = Joy, dari Cebu di Filipina
dream-job-you-mark-davao = Mark, dari Davao di Filipina
dream-job-you-rina-medan = Rina, dari Medan di Indonesia
dream-job-you-agus-semarang = Agus, dari Semarang di Indonesia
dream-job-you-arjun-kochi = Arjun, dari Kochi di India
dream-job-you-priya-lucknow = Priya, dari Lucknow di India
dream-job-you-brian-kisumu = Brian, dari Kisumu di Kenya
dream-job-you-wanjiru-nakuru = Wanjiru, dari Nakuru di Kenya

dream-job-city-bangkok = Bangkok
dream-job-city-phnom-penh = Phnom Penh

dream-job-company-golden-bay = Golden Bay Tech
dream-job-company-asialink = AsiaLink Digital
dream-job-company-starlight = Starlight Global Services

dream-job-recruiter-lisa = Lisa
dream-job-recruiter-kevin = Kevin
dream-job-recruiter-amy = Amy
dream-job-recruiter-jason = Jason

dream-job-real-job-hotel-dubai = kerja khidmat tetamu di sebuah hotel di Dubai
dream-job-real-job-helpdesk-singapore = kerja meja bantuan IT di sebuah syarikat perkapalan di Singapura
dream-job-real-job-support-kuala-lumpur = kerja sokongan pelanggan di pusat panggilan sebuah bank di Kuala Lumpur

## The advert

dream-job-start = Anda ialah { $you }. Anda tamat ijazah tiga bulan lalu. Sejak itu anda sudah menghantar empat puluh permohonan untuk kerja IT dan khidmat pelanggan, dan tiada siapa yang menghubungi anda semula. Malam ini kawan sekelas anda dari kolej menghantar satu hantaran: "Tengok ni!! Jom kita berdua mohon!"
    .discuss = Apabila anda benar-benar perlukan kerja, apa yang membuatkan sesuatu iklan kerja terasa sesuai?

dream-job-ad = KEKOSONGAN SEGERA! Staf Khidmat Pelanggan / Sokongan IT / Pentadbiran untuk { $city }. Gaji ${ $salary } sebulan. Tak perlu pengalaman! Tiket kapal terbang, tempat tinggal, makanan dan visa PERCUMA. Cuma perlu bahasa Inggeris yang baik dan menaip laju. Tempat terhad. Hantar mesej kepada kami di Telegram hari ini!
    .discuss = Apa yang diberitahu oleh iklan ini, dan apa yang tidak disebutnya?
dream-job-ad-apply-now = Hantar mesej dengan segera. Inilah peluang yang anda tunggu-tunggu.
    .feedback = Gajinya jauh lebih tinggi daripada pendapatan graduan baharu di negara sendiri, untuk kerja yang tidak memerlukan pengalaman. "Semua ditanggung" kedengaran murah hati, tetapi kemudian ia boleh bertukar menjadi hutang. Umpan seperti ini berkesan terhadap sesiapa yang memerlukan kerja, dan sebab itulah ia digunakan.
dream-job-ad-read-again = Baca sekali lagi, perlahan-lahan. Siapa yang membayar sebanyak ini, dan menanggung segala-galanya, untuk orang yang tiada pengalaman?
    .feedback = Soalan yang baik. Gaji berkali ganda kadar tempatan tanpa pengalaman, ditambah tiket, tempat tinggal dan visa percuma, ialah umpan klasik. Majikan sebenar membayar dengan adil, bukan seperti mimpi.

dream-job-ad-closer = Anda membacanya sekali lagi. Tiada nama syarikat dan tiada alamat. Kerjanya "khidmat pelanggan / sokongan IT / pentadbiran", yang boleh bermaksud apa sahaja. Halaman itu dibuat bulan lepas. Di bawah hantaran itu, dua ratus orang telah menulis "Berminat" dan "Dah mohon".
    .discuss = Butiran mana yang sebenarnya boleh anda semak?
dream-job-ad-closer-apply-anyway = Banyak kerja sebenar diiklankan di Facebook. Hantar mesej.
    .feedback = Sesetengah kerja sebenar memang dikongsi dalam talian. Tetapi kerja luar negara di halaman baharu, tanpa syarikat di belakangnya, ialah cara pemerdagang manusia mencapai ramai orang serentak. Agensi berlesen menyenaraikan kerja mereka di tempat yang boleh anda semak.
dream-job-ad-closer-ask-details = Komen pada hantaran itu: "Apa nama dan alamat syarikat, dan apa sebenarnya kerja itu?"
    .feedback = Anda bertanya perkara asas: siapa majikannya, di mana, dan apa kerjanya. Kerja yang kabur tanpa nama syarikat tidak memberi anda apa-apa untuk disemak. Perhatikan cara mereka menjawab.
dream-job-ad-closer-check-agency = Sebelum menjawab, semak dengan agensi kerajaan untuk pekerja yang ke luar negara
    .feedback = Langkah pertama yang terbaik. Setiap negara ada agensinya: DMW di Filipina, kementerian KP2MI (dahulu BP2MI) di Indonesia, eMigrate di India, Pihak Berkuasa Pekerjaan Kebangsaan di Kenya. Kerja sebenar di luar negara melalui mereka atau agensi berlesen, bukan halaman Facebook.

## The recruiter on Telegram

dream-job-recruiter-hello-hi = Hai sayang! Terima kasih atas minat awak :) Saya { $recruiter } dari HR.
dream-job-recruiter-hello-role = Kerjanya sokongan pelanggan untuk pelanggan antarabangsa. Sangat senang, kami latih awak.
dream-job-recruiter-hello-direct = Kami ambil terus, tak guna agensi. Agensi cuma ambil duit awak. Kami buat semuanya di Telegram, lebih cepat untuk awak.
dream-job-recruiter-hello-typing = Bahasa Inggeris awak bagus? Berapa laju awak boleh menaip?
dream-job-recruiter-hello-say-yes = "Ya! Bahasa Inggeris saya bagus dan saya menaip laju. Bila saya boleh mula?"
    .feedback = "Sokongan pelanggan untuk pelanggan antarabangsa" masih tidak memberitahu apa-apa tentang majikan atau kerja sebenar. Dan "tiada agensi, semua di Telegram" bermakna tiada agensi berlesen dan tiada rekod. Ia kedengaran seperti bantuan, tetapi ia menghilangkan perlindungan anda.
dream-job-recruiter-hello-ask-company = "Syarikat apa, di mana pejabatnya, dan boleh awak hantar huraian kerja kepada saya?"
    .feedback = Soalan yang adil. Majikan sebenar boleh menjawabnya dalam satu mesej. Tanpa nama syarikat, alamat dan huraian kerja bertulis, tiada apa yang boleh anda semak.

dream-job-vague-answer-good-question = Soalan yang bagus sayang :)
dream-job-vague-answer-new-branch = Kami { $company }, cawangan baharu di { $city }. Laman web kami akan siap tak lama lagi.
dream-job-vague-answer-after = Alamat penuh dan butiran kerja saya hantar selepas awak lulus temu duga. Peraturan syarikat, untuk keselamatan.
dream-job-vague-answer-busy = Ramai pemohon hari ni. Kita buat temu duga sekarang, okey?
dream-job-vague-answer-go-on = "Okey, jom buat temu duga."
    .feedback = Satu nama dan "laman web akan siap tak lama lagi" masih bukan syarikat yang boleh anda semak. "Butiran selepas temu duga, untuk keselamatan" menterbalikkan keadaan: majikan sebenar memberi anda butiran dahulu, supaya anda boleh membuat keputusan.
dream-job-vague-answer-check-agency = "Saya akan semak syarikat awak dengan agensi pekerja migran negara saya dulu."
    .feedback = Kerja luar negara yang diuruskan hanya melalui aplikasi sembang, dan bukan melalui agensi berlesen, tidak memberi anda sebarang perlindungan undang-undang. Menyemak mengambil masa sehari. Majikan sebenar boleh menunggu.
dream-job-vague-answer-leave = Tulis "Tidak, terima kasih," dan berhenti menjawab
    .feedback = Anda boleh menolak tawaran yang tidak dapat anda semak. Anda tidak perlu memberi penjelasan kepada sesiapa.

## The "interview"

dream-job-interview-here = Temu duga di sini dalam sembang, okey? Cepat dan senang.
    .discuss = Apa yang diuji oleh "temu duga" ini, dan apa yang tidak pernah ditanya? Kerja jenis apa yang mungkin memerlukan ayat-ayat dalam ujian menaip itu?
dream-job-interview-why = Soalan 1: Kenapa awak mahu bekerja di luar negara?
dream-job-interview-night = Soalan 2: Awak boleh kerja syif malam dan waktu panjang?
dream-job-interview-test = Akhir sekali: ujian menaip. Salin ini dan hantar balik dalam 2 minit. Kami perlukan { $wpm } patah perkataan seminit. "Hello dear, how was your day? I was thinking about you..." (Maksudnya: "Hai sayang, bagaimana hari awak? Saya asyik teringatkan awak...")
    .discuss = Lihat ayat-ayat dalam ujian menaip itu. Kerja jenis apa yang mungkin memerlukannya?
dream-job-interview-do-test = Buat ujian itu. Anda menaip laju dan menghantarnya semula.
    .feedback = Beberapa soalan sembang dan ujian menaip bukan cara majikan sebenar mengambil pekerja. Ia hanya menunjukkan bahawa anda boleh menaip bahasa Inggeris dengan laju, dan itulah yang diperlukan oleh pusat penipuan. Adakah anda perasan ayat-ayat yang mereka suruh anda taip?
dream-job-interview-ask-video = "Boleh saya buat temu duga video dengan bakal pengurus saya?"
    .feedback = Majikan sebenar mahu melihat anda, dan membenarkan anda melihat mereka. "Temu duga" melalui sembang menyembunyikan majikan dan hanya menguji kemahiran menaip anda, kemahiran yang dicari oleh pusat penipuan. Panggilan video membantu, tetapi boleh dipalsukan, jadi semak juga majikan melalui saluran rasmi.

dream-job-video-excuse-busy = Pengurus sangat sibuk sayang.
dream-job-video-excuse-policy = Temu duga melalui sembang ialah polisi syarikat kami. Semua staf kami diambil dengan cara ini.
dream-job-video-excuse-slot = Kalau awak tak serius, saya bagi tempat awak kepada orang seterusnya. Ramai yang sedang tunggu.
dream-job-video-excuse-give-in = "Maaf! Saya serius. Saya buat ujian sekarang."
    .feedback = "Ramai yang sedang tunggu" ada untuk menghalang anda berfikir. Ia berkesan kerana anda benar-benar perlukan kerja ini dan takut kehilangannya. Desakan untuk membuat keputusan dengan cepat ialah tanda amaran: tawaran sebenar boleh menunggu sementara anda menyemaknya.
dream-job-video-excuse-refuse-rush = "Saya tak mahu didesak. Saya akan semak kerja ini dulu."
    .feedback = Anda perasan desakan itu. Mendesak anda membuat keputusan dengan cepat, dan menganggap soalan sebagai tanda tidak berminat, ialah tanda amaran. Majikan sebenar boleh menunggu sehari.

dream-job-passed-congrats = Tahniah!! Awak lulus!
    .discuss = Kenapa hanya diberi beberapa jam untuk membuat keputusan? Apa yang akan dihantar oleh majikan sebenar sebelum meminta apa-apa?
dream-job-passed-offer = Gaji ${ $salary } sebulan. Tiket, bilik dan makanan percuma. Awak mula minggu depan di { $city }.
dream-job-passed-passport = Tolong hantar gambar pasport awak hari ini, supaya saya boleh tempah tiket awak.
dream-job-passed-deadline = Tawaran ini sah untuk { $hours } jam sahaja. Selepas itu, tempat ini diberi kepada orang seterusnya.
dream-job-passed-send-passport = Hantar gambar itu. Hanya gambar, dan tiket memerlukannya.
    .feedback = Masih tiada kontrak, tiada majikan yang boleh anda semak, dan hanya { $hours } jam untuk membuat keputusan. Tarikh akhir itu ada untuk menghentikan soalan anda. Kerja sebenar memberi anda kontrak bertulis beserta gaji sebelum anda menghantar apa-apa.
dream-job-passed-ask-contract = "Tolong hantar kontrak bertulis dulu, dengan gaji dan nama majikan."
    .feedback = Betul. Kontrak bertulis yang menyatakan majikan, kerja, tempat dan gaji ialah perkara minimum. Tarikh akhir yang singkat tanpa kontrak ialah tanda amaran.

dream-job-contract-dodge-arrive = Kontrak awak tandatangan di pejabat bila awak sampai. Ini perkara biasa.
dream-job-contract-dodge-same = Semuanya sama macam yang saya cakap. Awak percaya saya, kan?
dream-job-contract-dodge-questions = Pemohon lain tak tanya banyak soalan macam ni.
dream-job-contract-dodge-trust = "Okey, saya percaya awak." Hantar gambar pasport.
    .feedback = "Tandatangan bila sampai" bermakna menandatangani jauh dari rumah, ketika anda tidak lagi boleh menolak. Membuat soalan terasa kurang sopan ialah cara untuk menghentikannya. Ia berkesan terhadap orang yang bersopan, iaitu kebanyakan kita.
dream-job-contract-dodge-check-agency = "Kalau begitu, saya akan tanya agensi pekerja migran negara saya tentang kerja ini dulu."
    .feedback = Kerja luar negara yang diuruskan hanya melalui aplikasi sembang, tanpa kontrak dan tanpa agensi berlesen, berada di luar sistem yang melindungi pekerja. Agensi itu boleh memberitahu anda dengan cepat sama ada kerja itu benar.

## Getting ready to travel

dream-job-visa-ticket = Berita baik! Penerbangan awak ke { $city } pada hari Jumaat.
dream-job-visa-tourist = Awak pergi guna visa pelancong. Visa kerja ambil masa berbulan-bulan, nanti kami tukar di pejabat.
dream-job-visa-later = Semua orang buat macam ni. Syarikat tanggung semua, awak datang saja :)
dream-job-visa-ok-visa = "Okey. Awak lebih tahu peraturan di sana daripada saya."
    .feedback = Visa pelancong tidak membenarkan anda bekerja. "Nanti kami tukar" boleh menyebabkan anda tiada hak untuk bekerja dan tiada perlindungan undang-undang di negara asing. Perekrut menyebutnya dengan tenang, jadi ia kedengaran biasa.
dream-job-visa-check-first = "Kerja perlukan visa kerja. Saya akan semak dengan agensi sebelum terbang."
    .feedback = Ya. Kerja sebenar di luar negara memerlukan visa kerja sebelum anda berangkat. Disuruh pergi sebagai pelancong untuk bekerja ialah tanda amaran.

dream-job-coaching-important = Satu perkara terakhir, sangat penting.
dream-job-coaching-holiday = Di imigresen, cakap awak pergi bercuti, 5 hari. Jangan sebut kerja. Jangan sebut nama syarikat.
dream-job-coaching-strangers = Ada staf baharu lain dalam penerbangan awak. Jangan bercakap dengan mereka di lapangan terbang. Awak tak kenal mereka, okey?
dream-job-coaching-delete = Dan padam sembang ni sebelum awak ke lapangan terbang. Peraturan syarikat.
dream-job-coaching-practise = Latih cerita percutian anda. Ia cuma bohong kecil, untuk menjimatkan masa.
    .feedback = Disuruh apa yang perlu dikatakan kepada imigresen, dan disuruh memadam sembang, ialah tanda amaran yang serius. Pembohongan itu ada untuk menghalang pegawai daripada melihat bahawa anda memerlukan bantuan.
dream-job-coaching-stop = Berhenti. Kerja sebenar tidak akan menyuruh anda berbohong kepada pegawai.
    .feedback = Tepat sekali. Apabila perekrut menyuruh anda berbohong di lapangan terbang dan memadam sembang, itu kerana perkara sebenar akan menghentikan perjalanan itu. Simpan sembang itu: ia bukti.

dream-job-airport = Di kaunter berlepas, pegawai imigresen melihat pasport dan tiket anda. "Apakah tujuan perjalanan anda? Siapa yang membayar tiket anda? Anda kenal sesiapa lagi dalam penerbangan ini?"
    .discuss = Kenapa seseorang dalam barisan ini mungkin berbohong kepada pegawai, walaupun mereka takut?
dream-job-airport-holiday-story = "Bercuti, lima hari. Saya bayar sendiri. Saya pergi seorang diri."
    .feedback = Pembohongan itu rancangan perekrut, bukan idea anda. Ia berkesan kerana anda gementar dan diberitahu bahawa bercakap benar akan menyebabkan anda kehilangan kerja. Pegawai bertanya soalan ini untuk mencari orang yang sedang diperdagangkan.
dream-job-airport-tell-truth = Beritahu perkara sebenar: kerja di { $city }, visa pelancong, tiket dibayar oleh syarikat, dan sembang yang menyuruh anda apa yang perlu dikatakan
    .feedback = Berani dan betul. Kini pegawai itu dapat melihat apa yang cuba disembunyikan oleh perekrut. Bercakap benar bukan jenayah: pegawai imigresen ada untuk melindungi orang yang berisiko.

## The agency, and the genuine job

dream-job-agency = Anda menghubungi talian bantuan agensi kerajaan untuk pekerja yang ke luar negara, dan membacakan iklan itu serta semua yang diberitahu kepada anda. Pegawai itu menyemak. Tiada agensi berlesen yang ada kerja ini, dan tiada majikan yang meminta pekerja seperti ini. "Beginilah caranya orang berakhir di pusat penipuan," katanya. "Anda buat perkara yang betul dengan menelefon."
    .discuss = Pejabat mana di negara seperti ini yang menyemak kerja di luar negara? Bagaimana seseorang boleh mencari nombor atau laman webnya?
dream-job-agency-warn-classmate = Hantar apa yang diberitahu oleh agensi kepada kawan sekelas anda, yang juga sudah memohon
    .feedback = Kawan sekelas anda mempercayai hantaran itu atas sebab yang sama seperti anda. Fakta yang tenang daripada kawan, seperti apa yang dikatakan oleh agensi, lebih membantu daripada rasa takut atau menyalahkan.
dream-job-agency-real-jobs = Tanya pegawai itu di mana boleh mencari kerja IT atau khidmat pelanggan yang sebenar di luar negara
    .feedback = Bagus: tujuannya bukan untuk berputus asa bekerja di luar negara, tetapi untuk mencari kerja yang boleh anda semak.
dream-job-agency-block = Sekat akaun itu dan laporkan halaman itu kepada Facebook
dream-job-agency-block-report = Sekat akaun itu, laporkan halaman itu, dan beritahu pegawai bahawa anda sudah menghantar gambar pasport anda
    .feedback = Memberitahu mereka itu betul. Salinan pasport boleh disalah guna, dan agensi boleh memberitahu anda apa yang perlu diawasi. Perekrut memintanya sambil mendesak anda: semua ini bukan salah anda.

dream-job-genuine-listing = Agensi berlesen, nombor lesen ada dalam senarai kerajaan. Kerja: { $real-job }. Majikan dinamakan, dengan alamat dan laman web. Kontrak bertulis dua tahun.
dream-job-genuine-checks = Temu duga melalui panggilan video dengan pengurus majikan. Visa kerja diuruskan sebelum anda berangkat. Hanya yuran yang dibenarkan oleh undang-undang, dengan resit rasmi.
dream-job-genuine-pay = Gaji: ${ $real-pay } sebulan, dengan tempat tinggal dan insurans kesihatan. Mula selepas latihan pra-berlepas.
dream-job-genuine-apply = Mohon melalui agensi itu. Yang ini memang sah.
    .feedback = Gajinya lebih rendah daripada iklan Facebook itu, tetapi ia benar. Kerja ini ada apa yang tiada pada yang satu lagi: majikan yang dinamakan, agensi berlesen yang boleh anda semak, kontrak bertulis, temu duga sebenar dan visa kerja.
dream-job-genuine-verify = Sebelum memohon, semak sendiri nombor lesen itu di laman web kerajaan
    .feedback = Tabiat yang baik: semak di laman rasmi yang anda cari sendiri, bukan melalui pautan yang dihantar oleh seseorang. Di sini semuanya sepadan. Menyemak bukan tanda tidak percaya. Itulah cara anda mencari kerja yang boleh dipercayai.
dream-job-genuine-refuse = Tolak. Selepas semua ini, setiap kerja di luar negara terasa seperti perangkap.
    .feedback = Perasaan itu munasabah, dan tinggal di negara sendiri sentiasa hak anda. Tetapi kerja ini ada semua yang tiada pada penipuan itu: agensi berlesen, majikan yang dinamakan, kontrak dan visa kerja. Tujuannya bukan untuk takut akan setiap tawaran, tetapi untuk menyemaknya.

## Endings

dream-job-end-walk-away = Anda menolak dan tinggal di rumah, buat masa ini. Anda terus mencari kerja, dan anda tahu cara menyemak kerja di luar negara: agensi berlesen, majikan yang dinamakan, kontrak bertulis, visa kerja. Seminggu kemudian iklan yang sama muncul semula, di bawah nama halaman yang baharu.
dream-job-end-stopped = Pegawai itu membawa anda ke tepi dan bertanya soalan dengan tenang dan teliti. Dia nampak tanda-tandanya: kerja dengan visa pelancong, tiket dibayar oleh orang yang tidak dikenali, cerita yang anda disuruh sampaikan. Anda tidak terbang. Rasanya seperti kehilangan impian. Sebenarnya, dia telah menghentikan rancangan untuk memperdagangkan anda, dan membantu anda melaporkan perekrut itu.
dream-job-end-trafficked = Di { $city }, seorang pemandu yang memegang papan tanda dengan nama anda mengambil pasport anda "untuk permit kerja". Dia membawa anda selama berjam-jam, jauh dari bandar, ke sebuah bangunan bertembok tinggi dan berpengawal. Kerjanya ialah menipu orang yang tidak dikenali dalam talian. Inilah rancangan penjenayah sejak hantaran pertama. Orang memang berjaya keluar, dengan bantuan kedutaan, talian bantuan dan keluarga.
dream-job-end-helped = Kawan sekelas anda sudah ada temu duga yang ditetapkan pada pagi esoknya, dan dia membatalkannya. Bersama-sama anda melaporkan halaman itu dan akaun Telegram tersebut, dan menyiarkan amaran dalam kumpulan kolej anda. Tiga orang lagi membalas: mereka juga sudah memohon, dan kini mereka akan menyemak dahulu.
dream-job-end-genuine = Anda memohon melalui agensi berlesen untuk { $real-job }. Temu duganya melalui panggilan video dengan pengurus sebenar, kontraknya bertulis, dan visa kerja sampai sebelum penerbangan. Gajinya ${ $real-pay } sebulan: bukan mimpi, tetapi benar. Keluarga anda tahu dengan tepat di mana anda akan berada.
