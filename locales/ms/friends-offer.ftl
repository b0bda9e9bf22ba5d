# Machine-drafted translation: needs review by a native speaker.
friends-offer-title = Tawaran seorang kawan
friends-offer-summary = Seorang kawan lama yang bekerja di luar negara menghantar gambar-gambar kehidupan yang senang, dan menawarkan untuk mendapatkan kerja untuk anda juga.
friends-offer-content-note = Cerita ini menyentuh tentang pemerdagangan manusia dan orang yang ditahan di luar kehendak mereka. Tiada keganasan ditunjukkan. Anda boleh berhenti seketika atau keluar pada bila-bila masa dengan q.

## Characters

friends-offer-character-friend = { $friend } ({ $bond } anda)
friends-offer-character-group = Team { $city } (sembang kumpulan)
friends-offer-character-hr = { $hr }, HR, { $company }
friends-offer-character-other = { $other }
friends-offer-character-hotline = Talian bantuan agensi pekerja migran

## Variables

friends-offer-you-ramon = Ramon, seorang penghantar makanan di Quezon City, Filipina
friends-offer-you-maricel = Maricel, pekerja kilang di Laguna, Filipina
friends-offer-you-budi = Budi, seorang pekerja binaan di Bandung, Indonesia
friends-offer-you-siti = Siti, pembantu kedai di Surabaya, Indonesia
friends-offer-you-tuan = Tuan, seorang pekerja binaan di Da Nang, Vietnam
friends-offer-you-thu = Thu, pekerja kilang pakaian di Hai Phong, Vietnam
friends-offer-you-kiran = Kiran, seorang penghantar makanan di Kathmandu, Nepal
friends-offer-you-nuwan = Nuwan, seorang pekerja binaan di Kandy, Sri Lanka
friends-offer-you-anjali = Anjali, juru kecantikan di Pune, India
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

friends-offer-real-job-japan-building = sebuah tapak binaan di Jepun
friends-offer-real-job-malaysia-factory = sebuah kilang di Malaysia
friends-offer-real-job-dubai-warehouse = sebuah gudang di Dubai

## The friend gets in touch

friends-offer-start = Anda ialah { $you }. Hari-hari panjang, gaji kecil, dan kebanyakannya dihantar pulang kepada keluarga. Pada suatu malam telefon anda menyala: { $bond } anda, { $friend }. Sudah dua tahun kamu tidak bercakap. Semua orang kata dia sekarang "kerja di luar negara", dan hidupnya senang.
    .discuss = Bagaimana orang dalam cerita ini mendengar tentang kerja di luar negara? Cara mana yang boleh disemak, dan mana yang tidak?

friends-offer-photos-hey = Hei!! Lama tak dengar khabar! Apa khabar?
    .discuss = Kenapa tawaran daripada orang yang dikenali terasa lebih selamat daripada orang asing?
friends-offer-photos-photo = (Gambar: { $friend } di kolam renang atas bumbung pada waktu malam, lampu bandar di belakangnya, telefon baharu di tangannya.)
friends-offer-photos-life = Hidup di { $city } bagus. ${ $salary } sebulan, bilik percuma. Kerja pejabat, ada aircond!
friends-offer-photos-offer = Syarikat aku perlukan orang lagi. Aku dah cerita pasal kau kepada bos aku. Kau nak? Aku boleh tolong.
friends-offer-photos-sounds-great = "Nak! Kalau kau kata bagus, aku percaya. Macam mana nak masuk?"
    .feedback = Tawaran daripada orang yang anda kenal terasa selamat, dan sebab itulah perekrut menggunakan kawan dan keluarga. Kawan anda mungkin mempercayainya, atau mungkin dia sendiri sedang ditekan. Kata-katanya bukan satu semakan.
friends-offer-photos-ask-proof = Tumpang gembira untuknya, dan minta nama syarikat supaya anda boleh menyemaknya sendiri
    .feedback = Anda boleh mempercayai kawan anda dan tetap menyemak kerja itu. Perekrut menggunakan kawan kerana kepercayaan membuatkan orang tidak bertanya. Kerja sebenar masih ada selepas anda menyemaknya.
friends-offer-photos-ask-family = Tanya ibunya dahulu bagaimana keadaannya yang sebenar di sana
    .feedback = Niat yang baik. Ibunya kata dia hantar duit dan kedengaran sibuk. Tetapi keluarganya hanya tahu apa yang dia ceritakan, atau apa yang dia dibenarkan ceritakan. Yang perlu disemak tetap kerjanya.

friends-offer-details-company = Syarikatnya { $company }. Khidmat pelanggan untuk kedai dalam talian. Senang, cuma sembang dengan pelanggan.
friends-offer-details-training = Tak ada pengalaman pun tak apa, mereka ajar semua. Bahasa Inggeris aku dulu pun teruk!
friends-offer-details-group = Lima orang dari kampung kita naik kapal terbang yang sama, 14 haribulan. { $member } dari jalan kau pun ikut! Aku tambah kau dalam kumpulan.
friends-offer-details-hr = Orang HR, { $hr }, akan mesej kau. Dia baik sangat.

## The group from home, leaving together

friends-offer-group-welcome = Penyelaras: Selamat datang ke Team { $city }!! Kita terbang bersama 14 haribulan 🎉
    .discuss = Apa kesan sembang kumpulan seperti ini pada cara seseorang membuat keputusan?
friends-offer-group-paid = { $member }: Dah bayar tempahan hari ini!! Teruja sangat, jumpa di lapangan terbang 😍
friends-offer-group-seats = Penyelaras: Tinggal 2 tempat duduk dalam penerbangan kumpulan. Yang serius, sahkan hari ini.
friends-offer-group-hr = Penyelaras: { $hr } dari HR akan temu duga kamu. Senang saja!
friends-offer-group-join-in = Hantar salam yang ceria. Kalau semua pergi, kau pun pergi.
    .feedback = Kumpulan yang pergi bersama terasa selamat: orang yang dikenali, penerbangan yang sama, rancangan yang sama. Sebab itu perekrut membina kumpulan. "Tinggal dua tempat" ada supaya anda membuat keputusan sebelum menyemak, dan dalam kumpulan itu pun tiada siapa pernah melihat kontrak.
friends-offer-group-ask-group = Tanya kumpulan: "Ada sesiapa yang sudah lihat kontrak, atau semak syarikat ini?"
    .feedback = Soalan yang wajar, dan sukar ditanya dalam kumpulan yang gembira. Tarikh akhir dan orang ramai itulah yang menghentikan orang daripada menyemak. Perhatikan siapa yang menjawab, dan bagaimana.
friends-offer-group-call-other = Sebelum menjawab sesiapa, telefon { $other }, yang bekerja di luar negara secara sah
    .feedback = Idea yang baik. Kata kawan anda dan kumpulan yang gembira bukan semakan. Orang yang ke luar negara melalui agensi berlesen tahu rupa proses yang sebenar.

friends-offer-group-reply-contract = { $member }: Kontrak ada di pejabat, semua orang kata begitu.
friends-offer-group-reply-negative = Penyelaras: Tolong jangan ada tenaga negatif dalam kumpulan 😅 { $friend } sudah di sana dan dia gembira.
friends-offer-group-reply-hr = Penyelaras: { $hr } akan jawab soalan kau. Dia sedang hantar mesej kepada kau.

## The friendly HR lady

friends-offer-hr-chat-hello = Helo! Saya { $hr } dari HR. { $friend } banyak cerita perkara baik tentang awak.
friends-offer-hr-chat-patient = Kalau ada soalan, tanya saya bila-bila masa. Tak perlu tergesa-gesa, okey?
friends-offer-hr-chat-interview = Temu duga senang saja, di sini dalam sembang. Ceritakan tentang diri awak, kemudian ujian menaip yang pendek.
friends-offer-hr-chat-test = Sila taip ini dan hantar: "Hello dear, how is your day? I am so happy to talk with you." (Maksudnya: "Hai sayang, bagaimana hari awak? Saya sangat gembira dapat bersembang dengan awak.")
friends-offer-hr-chat-do-test = Jawab soalan-soalannya dan buat ujian menaip itu
    .feedback = Sembang dan ujian menaip bukan temu duga sebenar. Ia hanya menyemak sama ada anda boleh bersembang dan menaip dalam bahasa Inggeris, kemahiran yang diperlukan oleh pusat penipuan. Lihat ayat-ayat yang mereka suruh anda taip.
friends-offer-hr-chat-ask-call = "Boleh saya buat panggilan video dengan pengurus, dan baca kontrak dulu?"
    .feedback = Majikan sebenar akan bercakap dengan anda secara bersemuka dan menunjukkan kontrak. "Temu duga" melalui sembang sahaja menyembunyikan majikan. Panggilan video membantu, tetapi boleh dipalsukan, jadi semak juga majikan melalui saluran rasmi.
friends-offer-hr-chat-screenshot = Buat ujian itu, dan simpan tangkapan skrin seluruh sembang, untuk berjaga-jaga
    .feedback = Menyimpan rekod itu bijak, dan mungkin penting kelak. Tetapi tanda amarannya ialah temu duga itu sendiri: sembang dan ujian menaip, dengan kata-kata seperti mengurat orang asing. Itulah kemahiran yang diperlukan kompleks penipuan.

friends-offer-hr-dodge-sure = Sudah tentu, saya faham. Bagus awak berhati-hati!
friends-offer-hr-dodge-later = Pengurus di cawangan lain. Dia akan telefon awak selepas proses selesai. Kontrak awak tandatangan bila sampai, sama macam semua staf kami.
friends-offer-hr-dodge-proof = Kawan kau gembira di sini, dan seluruh kumpulan kau datang. Kau boleh percaya kami.
friends-offer-hr-dodge-fine = "Okey. Maaf banyak tanya." Buat ujian itu.
    .feedback = Mesra dan sabar, tetapi masih tiada kontrak dan tiada pengurus. Bersikap baik tidak merugikan mereka apa-apa. "Tandatangan bila sampai" bermakna menandatangani jauh dari rumah, ketika anda tidak lagi boleh menolak.
friends-offer-hr-dodge-check = "Saya akan tunggu kontrak bertulis, dan semak dengan agensi pekerja migran negara saya."
    .feedback = Bagus. Jangan sekali-kali bersetuju untuk pergi tanpa kontrak bertulis yang menyatakan majikan, kerja, tempat dan gaji. Tawaran sebenar boleh menunggu sementara anda menyemak.
friends-offer-hr-dodge-leave = Keluar dari kumpulan senyap-senyap, dan berhenti menjawab
    .feedback = Anda boleh menolak tawaran yang tidak dapat anda semak. Ada harganya: kumpulan akan bercakap, dan { $friend } mungkin terasa. Anda tidak berhutang penjelasan kepada sesiapa.

friends-offer-fee-passed = Tahniah, awak lulus!
    .discuss = Kenapa yuran itu datang sejurus selepas berita baik? Bagaimana membayar mengubah apa yang seseorang rasa mampu lakukan seterusnya?
friends-offer-fee-fee = Untuk visa dan tiket ada yuran pemprosesan: ${ $fee }. Kami pulangkan daripada gaji pertama awak.
friends-offer-fee-friday = Tolong hantar sebelum Jumaat, supaya kami boleh tempah tempat duduk kau dalam penerbangan kumpulan. Ini akaunnya.
friends-offer-fee-pay = Pinjam wang dan hantar. Anda akan dapat semula daripada gaji pertama.
    .feedback = Setelah membayar, berundur bermakna kehilangan wang itu, jadi anda terus mara. Kerja sebenar di luar negara hanya mengenakan yuran yang dibenarkan oleh undang-undang, dengan resit rasmi, tidak pernah ke akaun individu.
friends-offer-fee-refuse = "Majikan sebenar tak suruh saya bayar untuk diambil bekerja. Saya tak akan bayar."
    .feedback = Betul. "Yuran pemprosesan" yang dibayar dahulu kepada individu ialah tanda amaran. Tanya agensi pekerja migran anda yuran mana yang sah, dan bayar hanya dengan resit rasmi.
friends-offer-fee-ask-agency = Katakan anda akan bayar selepas agensi pekerja migran sahkan yuran itu sah, dan telefon mereka
    .feedback = Cara yang baik untuk menyemak tanpa bertengkar. Agensi tahu yuran mana yang sah untuk kerja luar negara, dan ia dibayar dengan resit rasmi, tidak sekali-kali ke akaun seseorang.

friends-offer-friend-push-heard = { $hr } kata kau tak mahu bayar?
friends-offer-friend-push-paid = Aku pun bayar masa aku datang. Cepat dapat balik, aku janji.
friends-offer-friend-push-half = Dengar sini, aku dah hantar separuh untuk kau. Tolong jangan malukan aku depan bos aku.
friends-offer-friend-push-accept = Setuju. Dia dah bayar separuh untuk anda. Macam mana nak tolak?
    .feedback = Sukar menolak orang yang baik kepada anda, dan mungkin dia ikhlas. Tetapi kata-kata dan duitnya tidak menjadikan kerja itu benar. Dia mungkin ditekan oleh orang yang sama.
friends-offer-friend-push-ask-other = Sebelum menjawab, tanya kawan anda { $other }, yang bekerja di luar negara secara sah, apa pendapatnya
    .feedback = Idea yang baik. Orang yang ke luar negara melalui agensi berlesen tahu rupa proses yang sebenar. Mempercayai kawan itu tidak salah; menyemak apa yang dia katakan lebih bijak.
friends-offer-friend-push-say-no = "Terima kasih, betul. Tapi aku tak boleh. Mungkin lain kali."
    .feedback = Menolak dengan baik sudah cukup. Anda tidak perlu membuktikan kerja itu palsu untuk tinggal di rumah.

## Said no, and the money he "advanced"

friends-offer-repay-boss = (Dua hari kemudian, 2:40 pagi) Mereka kata aku mesti pulangkan duit yang aku hantar untuk kau. Hari ini.
    .discuss = Siapa sebenarnya yang meminta duit ini? Apa yang boleh dibuat tanpa meletakkan sesiapa dalam bahaya lebih besar?
friends-offer-repay-debt = Kalau tidak, mereka tambah dalam hutang aku. Tolonglah. Aku tak main-main.
friends-offer-repay-watching = Mereka berdiri di sini masa aku tulis ini.
friends-offer-repay-send = Hantar apa yang anda ada. Anda tak sanggup biarkan dia begini.
    .feedback = Anda membayar untuk melindungi orang yang anda sayang, sedang orang berdiri mengawasinya. Itu bukan kesilapan: ugutan ini memang dibina untuk membuat orang berbuat begitu, dan itu bukan salah anda. Permintaan mungkin datang lagi. Simpan setiap mesej, dan beritahu talian hotline anti-pemerdagangan orang kebangsaan dan kedutaan anda apa yang dia tulis.
friends-offer-repay-hotline = Jangan hantar dulu. Telefon talian hotline anti-pemerdagangan orang kebangsaan dengan setiap mesej yang dia tulis
    .feedback = Pilihan yang sukar, di bawah ugutan, tanpa pilihan yang baik. Talian hotline boleh menyampaikan lokasi dan mesejnya kepada kedutaan, dan memberitahu cara menjawab tanpa meletakkannya dalam bahaya lebih besar. Apa pun pilihan anda di sini, itu bukan salah anda.

## The group flight, and the script for the airport

friends-offer-pressure-booked = Penyelaras: Penerbangan kumpulan 14 haribulan! Tempat disimpan untuk semua yang sudah bayar. Senarai akhir malam ini.
    .discuss = Kenapa majikan sebenar perlukan staf barunya berpura-pura tidak saling mengenali?
friends-offer-pressure-airport = Di lapangan terbang, jangan berdiri bersama. Kalau imigresen tanya, kamu pergi bercuti, dan tidak kenal antara satu sama lain.
friends-offer-pressure-contract = Kontrak awak tandatangan di pejabat. Semuanya sama macam yang kami cakap.
friends-offer-pressure-quiet = Dan jangan beritahu ramai orang. Ada orang dengki dan buat hal.
friends-offer-pressure-go = Katakan anda ikut, dan kemas beg.
    .feedback = Bohong kepada imigresen, tiada kontrak bertulis, dan "jangan beritahu ramai orang": setiap satu menghalang orang daripada menyemak atau membantu. Pegawai bertanya untuk mengenal pasti orang yang sedang diperdagangkan. Kerja sebenar tidak pernah memerlukan anda berbohong kepada mereka.
friends-offer-pressure-wait = "Bukan tanpa kontrak bertulis, dan bukan dengan bohong di lapangan terbang." Kemudian hantar mesej kepada { $friend } dan tanya apa sebenarnya yang berlaku.
    .feedback = Anda nampak. Diajar apa yang perlu dikatakan kepada imigresen, dan berpura-pura tidak mengenali yang lain, ialah tanda amaran serius: kebenaran akan menghentikan perjalanan itu. Simpan mesej-mesej itu.
friends-offer-pressure-ask-group = Tulis dalam kumpulan: "Kenapa kerja sebenar perlukan kita berbohong di lapangan terbang?"
    .feedback = Anda bertanya soalan yang dielakkan semua orang. Seminit kemudian penyelaras mengeluarkan anda daripada kumpulan. Disuruh berbohong kepada imigresen ialah tanda amaran serius, dan kumpulan boleh menghalang seseorang daripada menyuarakannya.

## The friend's slip, and the truth

friends-offer-ask-friend-late = (3:12 pagi) Tolonglah. Datang saja.
    .discuss = Apa yang anda perasan dalam mesej-mesej ini? Apa mungkin yang sedang berlaku kepadanya?
friends-offer-ask-friend-slip = Kalau aku bawa dua orang lagi, mereka kata aku boleh
friends-offer-ask-friend-deleted = Mesej ini telah dipadam.
friends-offer-ask-friend-again = Maaf. Semua okey di sini. Datang 14 haribulan, ya?
friends-offer-ask-friend-gently = Tanya dia dengan lembut: "Kau okey? Kau boleh keluar kalau kau nak?"
    .feedback = Soalan yang tenang dan baik, tanpa menyalahkan, paling berkemungkinan mendapat jawapan yang jujur.
friends-offer-ask-friend-screenshot = Tangkap skrin semuanya sebelum ada lagi yang dipadam, kemudian tanya dia dengan lembut sama ada dia okey
    .feedback = Menyimpan apa yang dia tulis boleh membantunya kelak: waktunya, ayat yang terputus, mesej yang dipadam. Kemudian soalan yang tenang dan baik, tanpa menyalahkan, paling mungkin mendapat jawapan jujur.
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
friends-offer-truth-post = Siarkan mesej-mesejnya di Facebook, untuk mendedahkan syarikat itu dan memberi amaran kepada semua
    .feedback = Mahu memberi amaran itu baik, dan orang dalam kumpulan perlu tahu. Tetapi siaran awam boleh dilihat oleh bos dan membahayakannya. Hantar butiran secara senyap kepada kedutaan atau talian hotline dahulu, dan beri amaran kepada ahli kumpulan seorang demi seorang.
friends-offer-truth-his-mother = Jumpa ibunya dahulu, seperti yang dia minta, dan telefon talian hotline bersama-sama
    .feedback = Dia minta anda beritahu ibunya, dan keluarga ialah salah satu jalan yang membantu. Bersama-sama anda boleh memberi talian hotline dan kedutaan apa yang mereka perlukan: di mana dia, nombornya, nama syarikat. Semua ini bukan salahnya.

friends-offer-posted = Anda menyiarkan tangkapan skrin bersama nama syarikat. Dalam sejam, ratusan kongsian; { $member } menulis bahawa dia tidak jadi pergi. Kemudian mesej { $friend } berhenti. Keesokan harinya, seorang petugas talian hotline kebangsaan meminta anda memadam siaran itu: jika bos melihatnya, dia boleh dihukum atau dipindahkan. Anda memadamnya, dan memberikan semua yang dia tulis.

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

friends-offer-genuine-check = Pegawai menyemak agensi { $other }: berlesen, dan dalam senarai kerajaan. Kerja di { $real-job } diluluskan, dengan majikan bernama, kontrak bertulis, visa kerja, dan hanya yuran yang sah, dengan resit rasmi. Gajinya biasa untuk kerja itu, dan kumpulan seterusnya berlepas empat bulan lagi. "Yang ini sebenar," katanya.
friends-offer-genuine-check-apply = Mohon kerja itu melalui agensi { $other }
    .feedback = Tawaran { $friend } ialah gaji tinggi untuk kerja mudah tanpa pengalaman: itulah umpannya. Kerja ini membayar gaji biasa untuk kerja sebenar, memerlukan empat bulan menunggu dan yuran, dan setiap bahagiannya lulus semakan.
friends-offer-genuine-check-friend-instead = Tawaran { $friend } kedengaran lebih baik: kerja pejabat mudah, aircond, ${ $salary } sebulan, dan kumpulan berlepas 14 haribulan. Ikut dia.
    .feedback = Gaji tinggi untuk kerja mudah tanpa pengalaman ialah umpannya, dan tarikannya paling kuat bila wang sempit dan kawan-kawan pergi. Kerja { $other } lebih berat dan lebih lambat, tetapi ada apa yang tiada pada yang satu lagi: agensi berlesen, kontrak dan visa kerja.
friends-offer-genuine-check-worry-friend = Sebelum apa-apa, hantar mesej kepada { $friend } dan tanya dengan lembut bagaimana keadaannya yang sebenar

## Endings

friends-offer-end-walk-away = Anda tinggal di rumah. Tidak mudah menolak { $friend }, atau gaji sebegitu, atau melihat kumpulan bersiap tanpa anda. Seminggu kemudian, akaun { $hr } sudah hilang. Anda masih memikirkan { $friend }. Jika dia menulis lagi, anda tahu siapa yang boleh membantunya: kedutaan anda, talian hotline kebangsaan, keluarganya.
friends-offer-end-trafficked = Anda terbang bersama kumpulan dan berkata "bercuti" di imigresen, seperti yang diajar. Di { $city }, sebuah van membawa kamu berenam berjam-jam, ke kompleks berpagar tembok di seberang sempadan. Pasport dan telefon kamu diambil "untuk disimpan". Ini rancangan penjenayah: bukan salah anda, dan bukan salah { $friend }. Orang memang dapat keluar, dengan bantuan kedutaan, talian hotline dan keluarga.
friends-offer-end-helped = Kedutaan menyampaikan nama dan lokasi { $friend } kepada pihak yang berusaha mengeluarkan rakyatnya. Ia mengambil masa berminggu-minggu. Kemudian ibunya menelefon anda: dia sudah bebas, di rumah perlindungan, menunggu dokumen untuk terbang pulang. "Mereka melayannya sebagai mangsa, bukan penjenayah," katanya. "Kerana itulah dia sebenarnya."
friends-offer-end-posted = Kumpulan itu tidak terbang pada 14 haribulan, dan tiada lagi orang dari jalan anda yang membayar. Itu kesan siaran anda. Tetapi { $friend } tidak menulis lagi. Talian hotline menyampaikan butirannya kepada kedutaan, dan berminggu-minggu kemudian masih tiada berita. Mahu memberi amaran itu betul; jalan yang senyap dahulu lebih selamat bagi yang masih di dalam. Tidak tahu ialah antara bahagian paling sukar, dan itu bukan salah anda.
friends-offer-end-paid = Anda menghantar apa yang anda ada. Dua minggu kemudian permintaan yang sama datang lagi, lebih besar. Anda melakukan apa yang ugutan itu dibina untuk anda lakukan, demi melindungi orang yang anda sayang: itu bukan salah anda, dan penolakan anda terhadap kerja itu tidak sia-sia. Anda menyimpan setiap mesej, dan talian hotline kebangsaan serta kedutaan anda kini ada nombor { $friend }, akaun yang anda bayar dan nama syarikat. Membayar lagi tidak akan membeli kebebasannya; memberitahu mereka boleh membantu.
friends-offer-end-genuine = Anda memohon melalui agensi { $other }. Temu duganya melalui panggilan video dengan majikan sebenar, kontraknya bertulis, dan visa kerja sampai sebelum penerbangan. Kini anda bekerja di { $real-job }. Kerjanya berat dengan gaji yang jujur, dan keluarga anda tahu dengan tepat di mana anda berada.
