# Machine-drafted translation: needs review by a native speaker.
friends-offer-title = Tawaran seorang kawan
friends-offer-summary = Seorang kawan lama yang bekerja di luar negara menghantar gambar-gambar kehidupan yang senang, dan menawarkan untuk mendapatkan kerja untuk anda juga.
friends-offer-content-note = Cerita ini menyentuh tentang pemerdagangan manusia dan orang yang ditahan di luar kehendak mereka. Tiada keganasan ditunjukkan. Anda boleh berhenti seketika atau keluar pada bila-bila masa dengan q.

## Characters

friends-offer-character-friend = { $friend } ({ $bond } anda)
friends-offer-character-site = Laman web { $company }
friends-offer-character-hr = { $hr }, HR, { $company }
friends-offer-character-other = { $other }
friends-offer-character-hotline = Talian bantuan agensi pekerja migran

## Variables

friends-offer-you-ramon = Ramon, seorang penghantar makanan di Quezon City, Filipina
friends-offer-you-budi = Budi, seorang pekerja binaan di Bandung, Indonesia
friends-offer-you-tuan = Tuan, seorang pekerja binaan di Da Nang, Vietnam
friends-offer-you-kiran = Kiran, seorang penghantar makanan di Kathmandu, Nepal
friends-offer-you-nuwan = Nuwan, seorang pekerja binaan di Kandy, Sri Lanka
friends-offer-you-rahul = Rahul, seorang penghantar makanan di Hyderabad, India

friends-offer-friend-ace = Ace
friends-offer-friend-jay = Jay
friends-offer-friend-max = Max
friends-offer-friend-tiger = Tiger

friends-offer-bond-cousin = sepupu
friends-offer-bond-schoolfriend = kawan sekolah lama

friends-offer-other-sunny = Sunny
friends-offer-other-lucky = Lucky
friends-offer-other-rocky = Rocky

friends-offer-city-bangkok = Bangkok
friends-offer-city-chiang-mai = Chiang Mai

friends-offer-company-sunrise = Sunrise Digital Group
friends-offer-company-gold-river = Gold River Trading
friends-offer-company-blue-ocean = Blue Ocean Tech

friends-offer-hr-cindy = Cindy
friends-offer-hr-grace = Grace
friends-offer-hr-may = May

friends-offer-real-job-japan-building = sebuah tapak binaan di Jepun
friends-offer-real-job-malaysia-factory = sebuah kilang di Malaysia
friends-offer-real-job-dubai-warehouse = sebuah gudang di Dubai

## The friend gets in touch

friends-offer-start = Anda ialah { $you }. Hari-hari panjang, gaji kecil, dan kebanyakannya dihantar pulang kepada keluarga. Pada suatu malam telefon anda menyala: { $bond } anda, { $friend }. Sudah dua tahun kamu tidak bercakap. Semua orang kata dia sekarang "kerja di luar negara", dan hidupnya senang.
    .discuss = Bagaimana orang dalam cerita ini mendengar tentang kerja di luar negara? Cara mana yang boleh disemak, dan mana yang tidak?

friends-offer-photos-hey = Bro!! Lama tak dengar cerita! Apa khabar?
    .discuss = Kenapa tawaran daripada orang yang anda kenal terasa lebih selamat daripada tawaran orang yang tidak dikenali?
friends-offer-photos-photo = (Gambar: { $friend } di kolam renang atas bumbung pada waktu malam, lampu bandar di belakangnya, telefon baharu di tangannya.)
friends-offer-photos-life = Hidup di { $city } best, bro. ${ $salary } sebulan, bilik percuma. Kerja pejabat, ada aircond!
friends-offer-photos-offer = Syarikat aku perlukan orang lagi. Aku dah cerita pasal kau kepada bos aku. Kau nak? Aku boleh tolong.
friends-offer-photos-sounds-great = "Nak! Kalau kau kata bagus, aku percaya. Macam mana nak masuk?"
    .feedback = Tawaran daripada orang yang anda kenal terasa selamat, dan sebab itulah perekrut menggunakan kawan dan keluarga. Kawan anda mungkin mempercayainya, atau mungkin dia sendiri sedang ditekan. Kata-katanya bukan satu semakan.
friends-offer-photos-ask-proof = Tumpang gembira untuknya, dan minta nama syarikat supaya anda boleh menyemaknya sendiri
    .feedback = Anda boleh mempercayai kawan anda dan tetap menyemak kerja itu. Perekrut menggunakan kawan kerana kepercayaan membuatkan orang tidak bertanya. Kerja sebenar masih ada selepas anda menyemaknya.

friends-offer-details-company = Syarikatnya { $company }. Khidmat pelanggan untuk kedai dalam talian. Senang, cuma sembang dengan pelanggan.
friends-offer-details-training = Tak ada pengalaman pun tak apa, mereka ajar semua. Bahasa Inggeris aku dulu pun teruk!
friends-offer-details-site = Tengok laman web mereka, sangat profesional. Aku hantar pautan.
friends-offer-details-hr = Orang HR, { $hr }, akan mesej kau. Dia baik sangat.

friends-offer-website = "Masa depan anda bermula di sini." Gambar pejabat berdinding kaca dan staf muda yang tersenyum. "Syarikat berdaftar, No. Daftar TH-2019-004417." Pin peta di { $city }. Anugerah, video majlis staf, dan satu butang: "Mohon sekarang! 200 tempat bulan ini."
    .discuss = Apa di halaman ini yang boleh anda semak sendiri, dan bagaimana?
friends-offer-website-looks-real = Nampak profesional, dan ada nombor pendaftaran. Mesti sah.
    .feedback = Laman web, gambar dan nombor pendaftaran boleh dibuat atau ditiru dalam satu petang, kadangkala dengan nombor syarikat sebenar. Nampak cantik bukan bukti. Hanya senarai rasmi yang anda cari sendiri boleh memberitahu siapa yang dibenarkan mengambil pekerja dari negara anda.
friends-offer-website-check-it = Sesiapa pun boleh buat laman web. Hubungi agensi pekerja migran kerajaan anda dan tanya tentang syarikat itu
    .feedback = Betul. Semak melalui saluran rasmi yang anda cari sendiri, bukan pautan atau nombor yang mereka hantar. Penipu meniru syarikat sebenar, jadi orang yang berhati-hati dan berpelajaran pun boleh tertipu.

## The friendly HR lady

friends-offer-hr-chat-hello = Helo! Saya { $hr } dari HR. { $friend } banyak cerita perkara baik tentang awak.
friends-offer-hr-chat-patient = Kalau ada soalan, tanya saya bila-bila masa. Tak perlu tergesa-gesa, okey?
friends-offer-hr-chat-interview = Temu duga senang saja, di sini dalam sembang. Ceritakan tentang diri awak, kemudian ujian menaip yang pendek.
friends-offer-hr-chat-test = Sila taip ini dan hantar: "Hello dear, how is your day? I am so happy to talk with you." (Maksudnya: "Hai sayang, bagaimana hari awak? Saya sangat gembira dapat bersembang dengan awak.")
friends-offer-hr-chat-do-test = Jawab soalan-soalannya dan buat ujian menaip itu
    .feedback = Sembang dan ujian menaip bukan temu duga sebenar. Ia hanya menyemak sama ada anda boleh bersembang dan menaip dalam bahasa Inggeris, kemahiran yang diperlukan oleh pusat penipuan. Lihat ayat-ayat yang mereka suruh anda taip.
friends-offer-hr-chat-ask-call = "Boleh saya buat panggilan video dengan pengurus, dan baca kontrak dulu?"
    .feedback = Majikan sebenar akan bercakap dengan anda secara bersemuka dan menunjukkan kontrak. "Temu duga" melalui sembang sahaja menyembunyikan majikan. Panggilan video membantu, tetapi boleh dipalsukan, jadi semak juga majikan melalui saluran rasmi.

friends-offer-hr-dodge-sure = Sudah tentu, saya faham. Bagus awak berhati-hati!
friends-offer-hr-dodge-later = Pengurus di cawangan lain. Dia akan telefon awak selepas proses selesai. Kontrak awak tandatangan bila sampai, sama macam semua staf kami.
friends-offer-hr-dodge-proof = Awak dah tengok laman web dan nombor pendaftaran kami, kan? Dan kawan awak gembira di sini. Awak boleh percaya kami.
friends-offer-hr-dodge-fine = "Okey. Maaf banyak tanya." Buat ujian itu.
    .feedback = Mesra dan sabar, tetapi masih tiada kontrak dan tiada pengurus. Bersikap baik tidak merugikan mereka apa-apa. "Tandatangan bila sampai" bermakna menandatangani jauh dari rumah, ketika anda tidak lagi boleh menolak.
friends-offer-hr-dodge-check = "Saya akan tunggu kontrak bertulis, dan semak dengan agensi pekerja migran negara saya."
    .feedback = Bagus. Jangan sekali-kali bersetuju untuk pergi tanpa kontrak bertulis yang menyatakan majikan, kerja, tempat dan gaji. Tawaran sebenar boleh menunggu sementara anda menyemak.

friends-offer-fee-passed = Tahniah, awak lulus!
    .discuss = Kenapa yuran itu datang sejurus selepas berita baik? Bagaimana membayar mengubah apa yang seseorang rasa mampu lakukan seterusnya?
friends-offer-fee-fee = Untuk visa dan tiket ada yuran pemprosesan: ${ $fee }. Kami pulangkan daripada gaji pertama awak.
friends-offer-fee-friday = Tolong hantar sebelum hari Jumaat, supaya kami boleh tempah tempat duduk awak. Ini akaunnya.
friends-offer-fee-pay = Pinjam wang dan hantar. Anda akan dapat semula daripada gaji pertama.
    .feedback = Setelah membayar, berundur bermakna kehilangan wang itu, jadi anda terus mara. Kerja sebenar di luar negara hanya mengenakan yuran yang dibenarkan oleh undang-undang, dengan resit rasmi, tidak pernah ke akaun individu.
friends-offer-fee-refuse = "Majikan sebenar tak suruh saya bayar untuk diambil bekerja. Saya tak akan bayar."
    .feedback = Betul. "Yuran pemprosesan" yang dibayar dahulu kepada individu ialah tanda amaran. Tanya agensi pekerja migran anda yuran mana yang sah, dan bayar hanya dengan resit rasmi.

friends-offer-friend-push-heard = Bro, { $hr } cakap kau tak nak bayar?
friends-offer-friend-push-paid = Aku pun bayar masa aku datang. Cepat dapat balik, aku janji.
friends-offer-friend-push-half = Macam ni, aku bayar separuh untuk kau. Tolonglah jangan malukan aku depan bos.
friends-offer-friend-push-accept = Setuju. Dia bayar separuh untuk anda. Macam mana nak tolak?
    .feedback = Sukar untuk menolak orang yang berbuat baik kepada anda, dan dia mungkin ikhlas. Tetapi kata-kata dan wangnya tidak menjadikan kerja itu benar. Dia mungkin sedang ditekan oleh orang yang sama.
friends-offer-friend-push-ask-other = Sebelum menjawab, tanya kawan anda { $other }, yang bekerja di luar negara secara sah, apa pendapatnya
    .feedback = Idea yang baik. Orang yang ke luar negara melalui agensi berlesen tahu rupa proses yang sebenar. Mempercayai kawan itu tidak salah; menyemak apa yang dia katakan lebih bijak.
friends-offer-friend-push-say-no = "Terima kasih, bro, tapi aku tak boleh. Mungkin lain kali."
    .feedback = Menolak dengan baik sudah memadai. Anda tidak perlu membuktikan kerja itu palsu untuk tinggal di negara sendiri.

## The job moves, and the rush

friends-offer-location-ticket = Berita baik! Penerbangan awak ke Thailand sudah ditempah.
    .discuss = Apa yang akan anda lakukan jika tempat kerja berubah selepas anda bersetuju?
friends-offer-location-driver = Di lapangan terbang, pemandu kami bawa awak ke cawangan baharu kami di Mae Sot, dekat sempadan.
friends-offer-location-river = Sebenarnya pejabat cuma di seberang sungai, di sebelah Myawaddy. Syarikat sama, gaji sama. Jangan risau.
friends-offer-location-fine = "Okey. Thailand ke Myanmar ke, kerja tetap kerja."
    .feedback = Kerja itu berpindah dari { $city } ke Myawaddy, di Myanmar, selepas anda bersetuju. Myawaddy terkenal dengan pusat penipuan. Majikan sebenar tidak menukar negara pada saat akhir.
friends-offer-location-ask-friend = "Nanti dulu. Kau kata { $city }. Myawaddy di Myanmar." Tanya { $friend } apa sebenarnya yang berlaku.
    .feedback = Anda perasan: kerja itu bertukar negara selepas anda bersetuju. Myawaddy, di seberang sungai dari Mae Sot, terkenal dengan pusat penipuan. Apabila tempat berubah, berhenti dan semak semula.

friends-offer-pressure-hour = Tempat duduk awak sudah sedia: penerbangan esok pagi. Sahkan dalam masa satu jam, atau tempat itu diberi kepada orang seterusnya.
friends-offer-pressure-contract = Kontrak awak tandatangan di pejabat. Semuanya sama macam yang kami cakap.
friends-offer-pressure-quiet = Dan jangan beritahu ramai orang. Ada orang dengki dan buat hal.
friends-offer-pressure-go = Sahkan, dan kemas beg anda.
    .feedback = Satu jam untuk membuat keputusan, tiada kontrak bertulis, dan "jangan beritahu sesiapa": setiap satu menghalang anda daripada menyemak atau meminta nasihat. Ia paling berkesan apabila anda sudah membayar atau berjanji.
friends-offer-pressure-wait = "Bukan tanpa kontrak bertulis." Kemudian hantar mesej kepada { $friend } dan tanya apa sebenarnya yang berlaku.
    .feedback = Anda menolak untuk didesak. Tawaran sebenar tetap ada selepas sehari disemak, dan ia datang dengan kontrak bertulis. Disuruh merahsiakannya ialah satu lagi tanda amaran.
friends-offer-pressure-call-other = Telefon { $other } semula sebelum menjawab
    .feedback = Memberitahu orang yang anda percayai ialah salah satu perlindungan terbaik. Desakan, kontrak yang tiada dan kerahsiaan itu bertentangan sama sekali dengan cara { $other } mendapat kerjanya.

## The friend's slip, and the truth

friends-offer-ask-friend-late = (3:12 pagi) Bro tolonglah. Datang saja.
    .discuss = Apa yang anda perasan dalam mesej-mesej ini? Apa yang mungkin sedang berlaku kepadanya?
friends-offer-ask-friend-slip = Kalau aku bawa dua orang lagi, mereka kata aku boleh
friends-offer-ask-friend-deleted = Mesej ini telah dipadam.
friends-offer-ask-friend-again = Maaf. Semuanya okey di sini. Datang esok, okey?
friends-offer-ask-friend-gently = Tanya dia dengan lembut: "Kau okey? Kau boleh keluar kalau kau nak?"
    .feedback = Soalan yang tenang dan baik, tanpa menyalahkan, paling berkemungkinan mendapat jawapan yang jujur.
friends-offer-ask-friend-block = Sekat dia. Anda tidak akan pergi.
    .feedback = Melindungi diri itu betul. Tetapi lihat semula: waktu tengah malam, mesej yang terputus, baris yang dipadam. Orang yang ditahan di pusat penipuan sering dipaksa merekrut kawan dan keluarga. Dia mungkin juga mangsa.
friends-offer-ask-friend-block-report = Sekat dia, dan laporkan { $hr } serta yuran yang anda bayar kepada agensi pekerja migran
    .feedback = Melaporkan yuran itu membantu menghentikan perekrut, dan membayarnya bukan salah anda. Tetapi lihat semula mesej-mesej { $friend }: orang yang ditahan di pusat penipuan sering dipaksa merekrut. Dia mungkin juga mangsa.

friends-offer-truth-quick = Tak boleh cakap lama. Mereka periksa telefon kami.
friends-offer-truth-passport = Mereka ambil pasport aku masa aku sampai. Mereka kata aku berhutang untuk perjalanan.
friends-offer-truth-recruit = Mereka paksa kami bawa orang baharu. Maafkan aku. Aku tak nak buat.
friends-offer-truth-mother = Jangan datang. Tolong beritahu mak aku.
friends-offer-truth-embassy = Hubungi kedutaan negara anda dan talian bantuan antipemerdagangan manusia kebangsaan, dan beritahu keluarganya
    .feedback = Inilah orang yang betul: kedutaan anda, talian bantuan kebangsaan, kumpulan bantuan yang dipercayai, dan keluarganya. Beritahu mereka di mana dia berada, nombornya dan nama syarikat. Semua ini bukan salahnya: dia diperdagangkan dan dipaksa merekrut.
friends-offer-truth-post = Siarkan mesej-mesejnya di Facebook, untuk mendedahkan syarikat itu dan memberi amaran kepada semua orang
    .feedback = Mahu memberi amaran kepada orang lain itu baik. Tetapi hantaran awam boleh dilihat oleh bos dan membahayakan dia. Hantar butiran secara senyap kepada kedutaan atau talian bantuan dahulu.

friends-offer-careful = Anda mula menulis hantaran itu, kemudian berhenti dan menghubungi talian bantuan antipemerdagangan manusia kebangsaan dahulu. Wanita di sana meminta anda jangan menyiarkannya: jika bos melihatnya, { $friend } mungkin dihukum. Dia mengambil lokasi, nombor dan nama syarikat, dan menyampaikannya kepada kedutaan. "Anda buat perkara yang betul dengan menelefon," katanya.

## The other friend, the agency, and the genuine job

friends-offer-advice-careful = Hei! Bagus kau tanya aku dulu. Hati-hati, sekarang banyak kerja palsu.
friends-offer-advice-mine = Aku kerja di { $real-job }. Aku dapat kerja ni melalui agensi berlesen, dan aku semak agensi tu dalam senarai kerajaan sebelum bayar apa-apa.
friends-offer-advice-contract = Aku buat temu duga video dengan majikan, dapat kontrak bertulis dan visa kerja sebelum terbang. Gajinya biasa saja, bukan melampau, tapi betul.
friends-offer-advice-hiring = Syarikat aku perlukan pekerja lagi, melalui agensi yang sama. Nak butirannya? Tapi semak juga, dengan cara yang sama.
friends-offer-advice-check-job = Semak agensi dan kerja { $other } dengan agensi pekerja migran
    .feedback = Semakan yang sama untuk setiap tawaran, walaupun daripada kawan yang anda percayai. Begitulah cara anda mencari yang baik.
friends-offer-advice-check-both = Minta { $other } membantu anda menyemak tawaran { $friend } dahulu
    .feedback = Kawan yang tahu cara yang sah boleh membantu anda bertanya soalan yang betul.
friends-offer-advice-thanks = Ucapkan terima kasih kepada { $other }. Anda belum bersedia untuk ke luar negara.
    .feedback = Itu hak anda. Apabila anda sudah bersedia, anda tahu cara menyemak tawaran: lesen agensi, majikan yang dinamakan, kontrak, visa kerja.

friends-offer-agency-check = Anda menghubungi talian bantuan agensi kerajaan untuk pekerja yang ke luar negara. { $company } tidak berlesen untuk mengambil pekerja dari negara anda, dan tiada kerja yang diluluskan seperti ini. "Tawaran seperti ini, untuk Thailand, sering berakhir di seberang sempadan di Myanmar, di pusat penipuan," kata pegawai itu. "Anda kenal sesiapa yang sudah pergi?"
    .discuss = Bagaimana anda boleh mencari agensi untuk pekerja yang ke luar negara di negara anda sendiri?
friends-offer-agency-check-ask-friend-ok = Anda teringat { $friend }. Hantar mesej kepadanya dan tanya bagaimana keadaannya yang sebenar.
friends-offer-agency-check-ask-other = Tanya { $other }, yang bekerja di luar negara secara sah, apa pendapatnya
friends-offer-agency-check-other-job = Minta pegawai itu menyemak agensi dan kerja { $other } juga
friends-offer-agency-check-walk-away = Tolak tawaran { $friend }, dan berhenti di situ

friends-offer-genuine-check = Pegawai itu menyemak agensi { $other }: berlesen, dan ada dalam senarai kerajaan. Kerja di { $real-job } diluluskan, dengan majikan yang dinamakan, kontrak bertulis, visa kerja, dan hanya yuran yang sah, dengan resit rasmi. Gajinya biasa untuk kerja itu. "Yang ini memang benar," katanya.
friends-offer-genuine-check-apply = Mohon kerja itu melalui agensi { $other }
    .feedback = Tawaran { $friend } ialah gaji tinggi untuk kerja senang tanpa pengalaman: itulah umpannya. Kerja ini membayar gaji biasa untuk kerja sebenar, dan setiap bahagiannya sah.
friends-offer-genuine-check-friend-instead = Tawaran { $friend } kedengaran lebih baik: kerja pejabat yang senang, ada aircond, ${ $salary } sebulan. Pilih tawarannya.
    .feedback = Gaji tinggi untuk kerja senang tanpa pengalaman ialah umpan, dan ia paling kuat menarik ketika wang sempit. Kerja { $other } lebih berat, tetapi ia ada apa yang tiada pada yang satu lagi: agensi berlesen, kontrak dan visa kerja.
friends-offer-genuine-check-worry-friend = Sebelum apa-apa, hantar mesej kepada { $friend } dan tanya dengan lembut bagaimana keadaannya yang sebenar

## Endings

friends-offer-end-walk-away = Anda tinggal di negara sendiri. Tidak mudah untuk menolak { $friend }, atau gaji sebegitu. Seminggu kemudian, akaun { $hr } sudah hilang. Anda masih teringatkan { $friend }. Jika dia menulis lagi, anda tahu siapa yang boleh membantunya: kedutaan anda, talian bantuan kebangsaan, keluarganya.
friends-offer-end-trafficked = Anda terbang ke Thailand. Seorang pemandu membawa anda ke Mae Sot dan, pada waktu malam, menyeberangi sungai ke Myawaddy. Di pintu pagar sebuah pusat penipuan bertembok, pasport dan telefon anda diambil "untuk disimpan dengan selamat". Inilah rancangan penjenayah: bukan salah anda, dan bukan salah { $friend }. Orang memang berjaya keluar, dengan bantuan kedutaan, talian bantuan dan keluarga.
friends-offer-end-helped = Kedutaan menyampaikan nama dan lokasi { $friend } kepada pihak yang berusaha mengeluarkan rakyatnya. Ia mengambil masa berminggu-minggu. Kemudian ibunya menelefon anda: dia sudah bebas, di rumah perlindungan, menunggu dokumen untuk terbang pulang. "Mereka melayannya sebagai mangsa, bukan penjenayah," katanya. "Kerana itulah dia sebenarnya."
friends-offer-end-genuine = Anda memohon melalui agensi { $other }. Temu duganya melalui panggilan video dengan majikan sebenar, kontraknya bertulis, dan visa kerja sampai sebelum penerbangan. Kini anda bekerja di { $real-job }. Kerjanya berat dengan gaji yang jujur, dan keluarga anda tahu dengan tepat di mana anda berada.
