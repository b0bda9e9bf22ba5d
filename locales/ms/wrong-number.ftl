# Machine-drafted translation: needs review by a native speaker.
wrong-number-title = Salah nombor
wrong-number-summary = Seorang yang tidak dikenali tersalah hantar mesej kepada anda, dengan mesra, dan kemudian terus bersembang. Anda seorang pesara yang petangnya tenang: anda yang menentukan sejauh mana sembang itu pergi.

## Characters

wrong-number-character-texter = Nombor tidak dikenali
wrong-number-character-unknown = Nombor tidak dikenali
wrong-number-character-stranger = { wrong-number-stranger-name }
wrong-number-character-friend = { $friend }
wrong-number-character-recovery = Meja Pemulihan Aset
wrong-number-character-member = Nombor tidak dikenali
wrong-number-character-platform = { $app }
wrong-number-character-regulator = Pengawal selia kewangan, talian pertanyaan
wrong-number-character-teller = Juruwang di cawangan bank anda

## Variables

wrong-number-who-ray = Ray, 67 tahun, seorang duda di Brisbane, Australia
wrong-number-who-teresita = Teresita, 64 tahun, seorang pesara guru di Iloilo, Filipina
wrong-number-who-mei-ling = Mei Ling, 70 tahun, seorang nenek di Ipoh, Malaysia
wrong-number-group-walking = kumpulan berjalan kaki
wrong-number-group-choir = kumpulan koir
wrong-number-group-tai-chi = kelas tai chi
wrong-number-friend-lily = Lily
wrong-number-friend-tony = Tony
wrong-number-friend-rosa = Rosa
wrong-number-member-bernie = Bernie
wrong-number-member-lourdes = Lourdes
wrong-number-member-siew-lan = Siew Lan
wrong-number-app-aurex = Aurex Markets
wrong-number-app-bitnova = BitNova Pro
wrong-number-app-coinwell = Coinwell Global

# The stranger: $stranger is a number, 1 or 2 for a woman, 3 or 4 for a man. Each locale chooses the name and
# the gendered words here, with a selector on $stranger; the other messages use these by reference.
wrong-number-stranger-name = { $stranger ->
    [1] Anna
    [2] Vivian
    [3] Daniel
   *[4] Marco
}
# "woman" or "man"
wrong-number-person = { $stranger ->
    [3] lelaki
    [4] lelaki
   *[other] wanita
}
# "she" or "he"
wrong-number-she = { $stranger ->
   *[other] dia
}
# "her" or "him"
wrong-number-her = { $stranger ->
   *[other] dia
}

## A real wrong number

wrong-number-intro = Anda ialah { $who }. Sejak bersara, hari-hari terasa panjang dan sunyi. Bahagian paling seronok dalam seminggu ialah { $group } anda setiap hari Khamis. Pada suatu pagi Isnin, telefon anda bergetar.

wrong-number-plumber = Hai Rob, ini Sue sebelah rumah. Tukang paip masih datang pukul 10 esok? Saya biarkan pagar terbuka.
wrong-number-plumber-reply-wrong = Balas: "Maaf, saya rasa awak salah nombor."
    .feedback = Baik hati dan ringkas. Sekarang perhatikan apa yang berlaku seterusnya: ia lebih banyak memberitahu anda berbanding mesej pertama.
wrong-number-plumber-ignore = Abaikan sahaja. Bukan tukang paip anda, bukan masalah anda
    .feedback = Itu pun tidak mengapa. Anda tidak wajib membalas mesej orang yang tidak dikenali.
wrong-number-plumber-block-first = Sekat dan laporkan. Anda pernah membaca tentang mesej seperti ini
    .feedback = Boleh, dan anda tidak rugi apa-apa. Tetapi yang ini memang tersilap: salah nombor berlaku setiap hari. Yang mendedahkan penipuan ialah apa yang berlaku selepas "salah nombor".

wrong-number-sorry-oops = Alamak, maaf sangat! Saya tersalah taip nombor. Salah saya!
wrong-number-sorry-bye = Semoga hari awak baik.
wrong-number-sorry-say-ok = Balas "Tak apa!" dan teruskan hari anda
    .feedback = Inilah rupa salah nombor yang sebenar: permohonan maaf, kemudian tiada apa-apa lagi. Tiada sembang lanjut, tiada soalan tentang hidup anda, tiada cerita tentang wang.
wrong-number-sorry-block-anyway = Sekat dan laporkan nombor itu, untuk berjaga-jaga
    .feedback = Boleh, tetapi ini memang kesilapan sebenar: Sue meminta maaf dan berhenti. Salah nombor berlaku setiap hari. Yang mendedahkan penipuan ialah apa yang berlaku selepas anda berkata "salah nombor".
wrong-number-sorry-chat-more = Balas: "Tak apa! Harap tukang paip awak lebih boleh diharap daripada tukang paip saya."
    .feedback = Gurauan mesra itu biasa. Perhatikan apa yang dibuat oleh orang sebenar dengannya.

wrong-number-sorry-chat-ha = Haha! Terima kasih. Maaf sekali lagi!
wrong-number-sorry-chat-gone = (Tiada apa-apa lagi. Sue masih perlu mencari jirannya dan menunggu tukang paip.)

## The scam begins

wrong-number-anna-text = Hai, ini { wrong-number-stranger-name }! Jadi tak kita minum teh hari ini?
    .discuss = Bagaimana anda membezakan salah nombor sebenar daripada permulaan penipuan?
wrong-number-anna-text-tell-wrong = Balas dengan baik: "Maaf, awak salah nombor."
    .feedback = Balasan yang sopan itu biasa, dan kebanyakan orang membalas begitu. Ujiannya datang selepas ini: adakah pengirim itu meminta maaf dan berhenti?
wrong-number-anna-text-ask-who = Balas: "Maaf, siapa ni?"
    .feedback = Soalan yang biasa. Ia juga memberitahu pengirim bahawa nombor ini dibaca oleh orang sebenar. Perhatikan balasannya.
wrong-number-anna-text-block-now = Sekat dan laporkan nombor itu tanpa membalas
    .feedback = Selamat, dan itu hak anda: anda tidak rugi apa-apa dengan menyekat orang yang tidak dikenali. Cuma ingat, satu mesej sahaja boleh jadi kesilapan sebenar. Tanda amarannya ialah orang asing yang terus bersembang selepas anda berkata "salah nombor".

wrong-number-keeps-chatting-sorry = Alamak, malunya! Salah nombor, maaf sangat.
    .discuss = Apa bezanya dengan salah nombor sebenar?
wrong-number-keeps-chatting-kind = Tapi awak nampak sangat baik hati. Tak ramai orang balas dengan sopan macam ni sekarang.
wrong-number-keeps-chatting-fate = Saya { wrong-number-stranger-name }, saya ada kedai bunga kecil. Mungkin kesilapan ini takdir? Anda dari mana?
wrong-number-keeps-chatting-chat-back = Berbual sekejap. { wrong-number-stranger-name } mesra, dan petang masih panjang
    .feedback = Salah nombor sebenar meminta maaf dan berhenti. Yang ini meminta maaf dan terus berbual, dengan pujian dan soalan tentang anda. Ini permulaan biasa penipuan yang panjang, dan ia berkesan kerana kebaikan dan teman berbual menyenangkan sesiapa pun.
wrong-number-keeps-chatting-keep-polite = Jawab dengan sopan, dan jangan ceritakan di mana anda tinggal atau apa yang anda ada
    .feedback = Anda tidak memberi apa-apa, dan itu tabiat yang baik. Tetapi perhatikan apa yang berlaku: orang asing yang terus berbual selepas "salah nombor" ialah coraknya sendiri.
wrong-number-keeps-chatting-block-report = Ucapkan selamat kepada { wrong-number-stranger-name }, kemudian sekat dan laporkan nombor itu
    .feedback = Bagus. Salah nombor sebenar meminta maaf dan berhenti. "Salah nombor" yang menjadi sembang mesra ialah pembuka yang dikenali bagi penipuan cinta dan pelaburan.

wrong-number-move-app-whatsapp = Hantar SMS dari sini mahal sangat. Boleh kita sembang di WhatsApp? Ini nombor saya.
wrong-number-move-app-photo = (Sekeping gambar tiba: seorang { wrong-number-person } tersenyum di kafe yang terang, dengan teko teh di atas meja.)
wrong-number-move-app-add = Tambah { wrong-number-stranger-name } di WhatsApp. Semua orang guna pun
    .feedback = Berpindah cepat ke aplikasi sembang peribadi ialah langkah biasa dalam penipuan ini: di sana, tiada orang lain melihat sembang itu. Sendirian ia tidak membuktikan apa-apa, tetapi bersama orang asing yang tidak mahu melepaskan selepas salah nombor, ia amaran.
wrong-number-move-app-ask-video = Katakan: "Sebelum itu, jom buat panggilan video sekejap, supaya saya tahu dengan siapa saya bercakap."
    .feedback = Ujian yang adil: orang yang menjalankan penipuan ini sering mengelak video, kerana gambarnya milik orang lain. Panggilan membantu, tetapi boleh dipalsukan dengan alat tukar muka. Peraturan yang sentiasa benar: jangan sekali-kali melabur atau menghantar wang atas cadangan orang yang anda kenal dalam talian.
wrong-number-move-app-stay-sms = Katakan anda lebih suka tidak bertukar aplikasi, dan biarkan di situ
    .feedback = Anda mengekalkannya di tempat asal. { wrong-number-stranger-name } menghantar muka sedih; { wrong-number-she } menulis dua kali lagi, kemudian berhenti: sembang yang hanya berjalan dalam aplikasi peribadi memang bukan tentang persahabatan.

## Weeks of warm chat

wrong-number-friendship-morning = Selamat pagi! Saya buat teh dan teringat awak. Awak tidur lena?
    .discuss = Kenapa mesej harian seperti ini begitu berkesan?
wrong-number-friendship-lonely = Emak saya meninggal dunia tahun lepas. Sejak itu saya rasa sangat sunyi di bandar besar ni.
wrong-number-friendship-best-part = Bersembang dengan awak ialah saat paling indah dalam hari saya. Awak betul-betul faham saya.
wrong-number-friendship-open-up = Ceritakan kepada { wrong-number-stranger-name } tentang hidup anda, keluarga anda dan betapa sunyinya hari-hari
    .feedback = Kemesraan setiap hari, duka yang dikongsi dan "awak faham saya" membina ikatan dengan sangat cepat. Ini dipanggil love bombing, dan ia berkesan pada sesiapa yang sedikit sunyi, iaitu kebanyakan kita. Orang asing itu juga sedang mempelajari apa yang penting bagi anda.
wrong-number-friendship-ask-video = Cadangkan panggilan video. Seronok kalau dapat melihat { wrong-number-stranger-name }
    .feedback = Ujian yang baik. Berminggu-minggu mesej mesra tanpa pernah melihat wajah ialah salah satu tanda paling jelas penipuan ini. Panggilan pun boleh dipalsukan, jadi peraturan yang kekal: jangan melabur atau menghantar wang atas cadangan orang yang anda kenal dalam talian.
wrong-number-friendship-step-back = Terlalu manis, terlalu cepat. Berhenti membalas dan sekat { wrong-number-stranger-name }
    .feedback = Naluri yang baik. Kemesraan cepat daripada orang asing yang menemui anda "secara tidak sengaja", dalam aplikasi peribadi, ialah corak yang dikenali. Anda boleh berundur tanpa menjelaskan.

wrong-number-no-video-camera = Alamak, kamera telefon saya rosak, malunya.
wrong-number-no-video-shy = Dan sebenarnya saya pemalu. Hari ni muka saya tak terurus.
wrong-number-no-video-promise = Minggu depan, saya janji! Buat masa ni kita sembang di sini dulu.
wrong-number-no-video-accept = Biarkan sahaja. Ramai orang malu di depan kamera
    .feedback = Satu alasan mungkin benar, tetapi akan sentiasa ada alasan lain. Orang yang bercakap dengan anda setiap hari tetapi tidak pernah boleh menunjukkan muka sedang menyembunyikan siapa dirinya.
wrong-number-no-video-accept-later = Biarkan sahaja. Ramai orang malu di depan kamera
    .feedback = Satu alasan mungkin benar, tetapi akan sentiasa ada alasan lain. Orang yang bercakap dengan anda setiap hari tetapi tidak pernah boleh menunjukkan muka sedang menyembunyikan siapa dirinya.
wrong-number-no-video-voice-call = "Kalau begitu, telefon sahaja. Saya mahu dengar suara awak."
    .feedback = Jalan tengah yang munasabah, dan ramai orang sebenar lebih suka panggilan suara. Ia menunjukkan ada orang sebenar di sana; ia tidak menunjukkan untuk siapa orang itu bekerja.
wrong-number-no-video-stop-block = Tiada video, tiada sembang lagi. Sekat dan laporkan { wrong-number-stranger-name }
    .feedback = Betul. Kawan yang sentiasa "hampir" membuat panggilan video tetapi tidak pernah jadi ialah tanda klasik. Gambarnya selalu diambil daripada profil orang lain, dan panggilan pun boleh dipalsukan, jadi cadangan wang daripada kawan dalam talian tidak pernah selamat.

wrong-number-voice-hello = Panggilan itu datang malam itu. Suara yang mesra, loghat yang lembut, ketawa mendengar jenaka anda, dentingan cawan di belakang: "Saya di kedai, maaf bising!"
    .discuss = Suara itu benar. Apa yang dibuktikan oleh panggilan itu, dan apa yang tidak?
wrong-number-voice-weeks = Sejak itu kamu berbual hampir setiap hari, kadang-kadang sejam. { wrong-number-stranger-name } ingat nama cucu-cucu anda, dan { wrong-number-she } sentiasa bertanya tentang kesihatan anda.

## The money

wrong-number-crypto-tip-uncle = Awak tahu, pak cik saya ajar saya dagangan kripto. Dia tahu bila pasaran akan bergerak.
    .discuss = Kenapa cerita tentang wang hanya muncul selepas berminggu-minggu berkawan?
wrong-number-crypto-tip-profit = (Tangkapan skrin daripada { $app }: sebuah akaun naik beribu-ribu dolar minggu ini.)
wrong-number-crypto-tip-try = Saya nak awak pun hidup senang bila bersara. Mula sikit dulu, ${ $first } saja. Saya akan bimbing awak langkah demi langkah.
wrong-number-crypto-tip-try-small = Cuba dengan ${ $first }. Jumlahnya kecil, dan { wrong-number-stranger-name } sangat baik
    .feedback = Cadangan tentang kripto atau aplikasi dagangan daripada orang yang anda kenal dalam talian ialah teras penipuan ini. "Mula kecil" ialah sebahagian rancangan: kemenangan kecil membina kepercayaan untuk deposit besar nanti.
wrong-number-crypto-tip-check-platform = Katakan anda akan menyemak { $app } sendiri sebelum meletakkan satu sen pun
    .feedback = Menyemak sebelum wang bergerak itu betul. Perhatikan apa yang boleh dan tidak boleh diberitahu oleh semakan itu.
wrong-number-crypto-tip-say-no = Katakan anda tidak pernah menerima nasihat wang daripada orang yang belum pernah anda jumpa, dan tinggalkan sembang
    .feedback = Orang asing yang menyebut kripto selepas berminggu-minggu sembang mesra sedang mengikut skrip. Kawan sebenar tidak perlukan anda melabur untuk kekal berkawan. Mesej harian itu hilang, dan petang kembali sunyi.

wrong-number-check-platform-store = { $app } ada di gedung aplikasi: 4.6 bintang, lebih 10,000 muat turun, ulasan daripada orang sebaya anda.
    .discuss = Setiap semakan di sini lulus. Apa lagi yang anda mahu tahu?
wrong-number-check-platform-register = Laman webnya menyebut nama syarikat dan nombor lesen. Anda membuka laman web rasmi pengawal selia kewangan dan mencari: syarikat itu ada dalam daftar, lengkap dengan lesennya.
wrong-number-check-platform-stranger = { wrong-number-stranger-name }: "Bagus, jangan percaya sesiapa bulat-bulat, walaupun saya! Letak hanya apa yang anda sanggup hilang, dan cuba keluarkan wang dulu."
wrong-number-check-platform-small-test = Letak ${ $first } sahaja, dan cuba pengeluaran sebelum apa-apa lagi
    .feedback = Anda melakukan apa yang disarankan kepada orang yang berhati-hati: semak daftar, mula kecil, uji. Platform ini dibina untuk lulus semakan itu tepat-tepat.
wrong-number-check-platform-call-regulator = Telefon pengawal selia di nombor dari laman web rasminya dan tanya tentang aplikasi ini
    .feedback = Daftar menyatakan syarikat itu wujud. Hanya pengawal selia boleh memberitahu sama ada aplikasi ini benar-benar milik syarikat itu. Ia mengambil satu pagi menunggu di talian.
wrong-number-check-platform-ask-bank = Bawa telefon anda ke cawangan bank dan minta seseorang di sana melihatnya
    .feedback = Bertanya kepada orang yang setiap minggu melihat penipuan wang ialah semakan yang baik. Kosnya satu pagi beratur, dan sedikit rasa malu.

wrong-number-regulator-wait = Empat puluh minit muzik. Kemudian suara yang letih tetapi baik mencari nama itu.
wrong-number-regulator-clone = "Syarikat itu benar dan berlesen, tetapi ia tiada aplikasi bernama { $app }. Ada orang meniru nama dan nombor lesennya: ia dalam senarai amaran kami sejak bulan lepas. Tolong jangan hantar apa-apa."

wrong-number-teller-queue = Juruwang yang sudah melihat anda setiap bulan selama dua puluh tahun mengambil telefon anda dan berkerut dahi.
wrong-number-teller-seen = "Saya sudah nampak aplikasi ini dua kali minggu ini. Kawan daripada mesej salah nombor, satu cadangan, nama syarikat sebenar. Tolong jangan letak apa-apa. Mari kita laporkan bersama."

wrong-number-early-profit-grown = Tengok! ${ $first } awak naik hampir 30% dalam seminggu!
wrong-number-early-profit-test = ({ wrong-number-stranger-name } menyuruh anda mengeluarkan $50, sebagai ujian. Anda melakukannya, dan ia masuk ke bank anda keesokan harinya.)
wrong-number-early-profit-bonus = Nampak? Memang betul! Dan minggu ini sahaja, platform ni bagi bonus 30% untuk deposit melebihi ${ $big }. Dengan simpanan awak, akhirnya awak boleh hidup senang!
wrong-number-early-profit-invest-savings = Pindahkan sebahagian besar simpanan anda ke dalamnya. Lagipun pengeluaran ujian tadi berjaya
    .feedback = Untung kecil di awal, dan pengeluaran kecil yang benar-benar sampai, ialah umpan: ia membuat anda mempercayai aplikasi itu dengan jumlah yang jauh lebih besar. Angka besar di skrin itu bukan wang sebenar.
wrong-number-early-profit-stop-now = Jangan letak apa-apa lagi, dan keluarkan apa yang ada
    .feedback = Untung kecil dan pengeluaran pertama yang mudah ada untuk membina kepercayaan demi deposit besar. Berhenti sekarang menyelamatkan simpanan anda.

wrong-number-withdraw-all-hold = Pengeluaran ditahan. Akaun di bawah ${ $big } mesti membayar cukai 20% sebelum dana dilepaskan.
wrong-number-withdraw-all-stranger = { wrong-number-stranger-name }: "Itu peraturan untuk akaun kecil sahaja! Bayar cukainya, atau tambah lagi dan cukai itu dikecualikan."
wrong-number-withdraw-all-pay-small-tax = Bayar cukainya: sedikit sahaja, kemudian wang keluar
    .feedback = Platform sebenar mengambil yurannya daripada baki anda; ia tidak meminta wang baharu sebelum anda boleh mengeluarkan. Selalu ada yuran lain selepas ini.
wrong-number-withdraw-all-refuse-report = Jangan bayar apa-apa. Simpan sembang, telefon bank dan laporkan
    .feedback = Betul. Pengeluaran yang ditahan sehingga anda membayar "cukai" ialah peringkat terakhir penipuan ini. Apa yang ada dalam aplikasi sudah hilang, dan berhenti mengekalkan kerugian itu kecil.
wrong-number-withdraw-all-refuse-report-checked = Jangan bayar apa-apa. Simpan sembang, telefon bank dan laporkan
    .feedback = Betul. Pengeluaran yang ditahan sehingga anda membayar "cukai" ialah peringkat terakhir penipuan ini. Apa yang ada dalam aplikasi sudah hilang, dan berhenti mengekalkan kerugian itu kecil.
wrong-number-withdraw-all-tell-club = Jangan bayar apa-apa, dan bawa perkara ini ke { $group } anda pada hari Khamis
    .feedback = Bercerita kepada orang yang dikenali itu sukar selepas kerugian. Begitu juga cara penipuan ini berhenti merebak.

## Going far

wrong-number-blocked-grow = Anda memindahkan ${ $big } ke dalam aplikasi. Setiap hari baki bertambah, dan { wrong-number-stranger-name } menghantar hati dan ucapan tahniah.
    .discuss = Wang itu "ada", tetapi tidak akan keluar tanpa satu bayaran lagi. Mengapa begitu sukar berhenti di sini? Apa yang akan anda katakan kepada seorang kawan?
wrong-number-blocked-frozen = Apabila anda cuba mengeluarkan wang, aplikasi itu menunjukkan: "Pengeluaran ditahan. Bayar cukai sebanyak ${ $tax } untuk melepaskan dana anda."
wrong-number-blocked-she-says = { wrong-number-stranger-name } menulis: "Jangan risau, semua orang bayar cukai. Saya boleh pinjamkan sedikit!"
wrong-number-blocked-pay-tax = Bayar cukai itu. Jumlahnya kecil berbanding baki
    .feedback = Platform yang sebenar memotong yurannya daripada baki anda; ia tidak meminta wang baharu sebelum anda boleh mengeluarkan wang. "Cukai" ini langkah seterusnya dalam penipuan, dan akan ada lagi selepas ini.
wrong-number-blocked-borrow = Terima tawaran { wrong-number-stranger-name } untuk meminjamkan separuh cukai itu
    .feedback = Tawaran membantu membayar terasa seperti bukti ambil berat. Ia sebahagian daripada skrip: menjadikan "cukai" terasa biasa dan membuat anda terus membayar.
wrong-number-blocked-stop-report = Jangan bayar apa-apa lagi. Simpan semuanya, hubungi bank anda dan buat laporan
    .feedback = Betul. Pengeluaran yang disekat sehingga anda membayar "cukai", "yuran" atau "tambah nilai" ialah peringkat terakhir penipuan ini. Hubungi bank anda dengan segera, kerana pemindahan wang kadangkala masih boleh dihentikan, kemudian buat laporan.

wrong-number-more-fees-paid = Anda membayar cukai itu. Keesokan harinya aplikasi itu berkata: "Akaun sedang disemak. Bayar deposit keselamatan sebanyak ${ $tax } untuk membuka dana anda."
wrong-number-more-fees-almost = { wrong-number-stranger-name } menulis: "Menyakitkan hati! Tapi ini langkah terakhir, kemudian kita raikan bersama."
wrong-number-more-fees-pay-deposit = Bayar sekali lagi. Anda sudah begitu hampir
    .feedback = Tiada langkah terakhir: setiap bayaran akan diikuti bayaran baharu, sehingga anda berhenti. Baki di skrin itu tidak pernah benar.
wrong-number-more-fees-stop = Berhenti. Simpan semuanya, hubungi bank anda dan buat laporan
    .feedback = Betul. "Yuran" kedua selepas yang pertama menunjukkan bahawa pengeluaran itu tidak akan berlaku. Berhenti sekarang melindungi apa yang masih ada.

wrong-number-silent = Anda membayar. Keesokan paginya aplikasi tidak boleh dibuka, dan { wrong-number-stranger-name } tidak lagi menjawab. Seminggu kemudian, sebuah e-mel tiba.

wrong-number-recovery = Kami tahu anda kehilangan wang akibat penipuan kripto. Pasukan kami bekerjasama dengan FBI dan badan pengawal selia antarabangsa, dan kami boleh mendapatkan semula ${ $big } anda. Untuk bermula, sila bayar yuran 10% dalam USDT.
wrong-number-recovery-pay-fee = Bayar yuran itu. Mendapatkan semula wang itu memang berbaloi
    .feedback = Ini penipuan kedua, yang menyasarkan orang yang baru kehilangan wang. Polis dan badan pengawal selia yang sebenar tidak pernah mengenakan yuran dalam kripto untuk mendapatkan semula wang anda.
wrong-number-recovery-ask-bank = Majukan e-mel itu kepada pasukan penipuan bank anda dan tanya pendapat mereka
    .feedback = Bank anda melihat e-mel seperti ini setiap minggu, dan ia tidak meminta apa-apa. Ia juga tahu laporan mana yang masih boleh membantu.
wrong-number-recovery-refuse = Jangan jawab. Laporkan e-mel itu bersama semua yang lain
    .feedback = Betul. Syarikat "pemulihan wang" yang mengaku ada kaitan dengan FBI atau badan pengawal selia dan mahukan yuran dalam kripto ialah penipuan kedua yang diketahui. Pihak berkuasa sebenar tidak mengenakan bayaran untuk menyiasat.

## The club

wrong-number-club-day = Pada hari Khamis, di { $group } anda, kawan anda { $friend } datang menghampiri, dengan telefon di tangan dan tersenyum.

wrong-number-club-show = Tengok ni! Bulan lepas ada orang tersilap hantar mesej kepada saya. Sekarang kami berbual setiap hari. Manis sangat.
    .discuss = Bagaimana anda membangkitkan hal ini dengan kawan tanpa membuatnya berasa bodoh?
wrong-number-club-uncle = Dan pakciknya pedagang kripto. Katanya dia boleh bantu saya buat duit. Patut saya cuba?
wrong-number-club-warn = Ceritakan kepada { $friend } apa yang berlaku kepada anda, dan bantu menyekat serta melaporkan nombor itu
    .feedback = Bagus. Penipuan merebak melalui sikap berdiam diri, dan sepatah kata daripada kawan sering menjadi penghalangnya. "Salah nombor" yang bertukar menjadi sembang harian dan kemudian petua wang ialah corak yang baru anda lihat sendiri.
wrong-number-club-explain-real = Tunjukkan kepada { $friend } perbezaannya: salah nombor sebenar yang anda terima meminta maaf dan berhenti; yang ini tidak pernah berhenti
    .feedback = Bagus. Ini membantu { $friend } membezakan kedua-duanya, bukan takut akan setiap mesej. Kesilapan sebenar berakhir dengan permohonan maaf. Penipuan terus bersembang, berpindah ke aplikasi peribadi dan beralih kepada wang.
wrong-number-club-share-loss = Beritahu { $friend } dengan jujur bahawa anda juga memasukkan wang, dan apa yang berlaku
    .feedback = Itu memerlukan keberanian. Rasa malu membuatkan ramai orang berdiam diri, dan penipu bergantung pada perkara itu. Kisah anda sendiri mungkin yang membuatkan { $friend } berhenti.
wrong-number-club-stay-quiet = Diam sahaja. Itu urusan peribadi { $friend }
    .feedback = Tidak mahu memalukan kawan itu sikap yang baik. Tetapi penipuan ini bergantung pada sikap berdiam diri, dan { $friend } berada pada peringkat di mana sepatah kata daripada anda boleh paling membantu.
wrong-number-club-stay-quiet-lost = Diam sahaja. Anda perlu mengaku kerugian anda sendiri
    .feedback = Rasa malu yang membuat orang diam, dan penipuan ini bergantung padanya. Apa yang berlaku kepada anda bukan kebodohan, dan ia boleh membantu { $friend } sekarang.

## A friend on a new number

wrong-number-new-number-hi = Hai! Ini { $member } dari { $group }. Telefon saya jatuh dalam sinki, jadi ini nombor baharu saya. Tolong simpan ya!
    .discuss = Mesej "nombor baharu" juga helah yang dikenali. Apa yang boleh membuat anda pasti, tanpa bersikap kasar?
wrong-number-new-number-lift = Khamis ni masih datang? Saya boleh ambil pukul 9, macam biasa.
wrong-number-new-number-reply-yes = Balas "Ya, terima kasih!" dan simpan nombor baharu itu
    .feedback = Kali ini ia benar. Tiada apa yang diminta daripada anda selain "ya". Mesej "nombor baharu" juga digunakan oleh penipu ("Mak, telefon saya hilang"), jadi semakan ringkas itu murah: jika tiba-tiba diminta wang atau kod, berhenti dan telefon nombor lama.
wrong-number-new-number-ask-question = Tanya sesuatu yang hanya { $member } tahu: "Awak bawa apa ke kelah yang lepas?"
    .feedback = Soalan mesra yang hanya orang sebenar boleh jawab. Tiada kos, dan kawan sebenar akan ketawa.
wrong-number-new-number-call-leader = Telefon ketua { $group } untuk memastikan ini nombor baharu { $member }
    .feedback = Semakan melalui orang yang sudah anda kenal. Kosnya satu panggilan dan sedikit kekok, dan ketua itu gembira anda bertanya.
wrong-number-new-number-block = Sekat sahaja. Sudah terlalu banyak mesej pelik minggu ini
    .feedback = Selepas beberapa hari ini, tiada siapa boleh menyalahkan anda. Tetapi yang ini kawan, dan menyekat semua orang juga ada harganya.

wrong-number-answer-cake = Haha! Kek lemon saya yang tak menjadi. Tiada siapa makan, saya pun tidak.

## Endings

wrong-number-end-safe = Simpanan anda selamat: anda berhenti sebelum sebarang wang bergerak. Mesej seperti daripada "{ wrong-number-stranger-name }" dihantar oleh kumpulan penjenayah. Orang yang menaip mungkin bukan penipu secara rela: ramai yang ditipu dengan kerja palsu di luar negara dan dipaksa menghantar mesej ini dari kompleks penipuan.
wrong-number-end-genuine = Pada hari Khamis { $member } sudah di pagar anda pukul sembilan, dengan telefon baharu dan cerita tentang sinki. Tiada siapa meminta apa-apa daripada anda: begitulah rupa nombor baharu yang sebenar. Mesej orang asing minggu ini ialah helah; yang ini kawan. Menyemak tidak sama dengan menolak semua orang.
wrong-number-end-missed = Pada hari Khamis { $member } bertanya, sedikit terasa hati, mengapa mesej dari nombor baharu itu disekat: tumpangan itu diberikan kepada orang lain, dan anda menaiki bas. Anda menerangkan tentang mesej-mesej pelik itu, dan { $member } ketawa dan faham. Menyekat orang asing ialah hak anda; semakan ringkas akan mengekalkan kawan itu.
wrong-number-end-helped = Anda dan { $friend } menyekat dan melaporkan nombor itu bersama, sebelum lebih banyak wang bergerak. Minggu berikutnya, dua orang lagi di { $group } berkata mereka menerima mesej yang sama, dan kini mereka tahu apa itu. Orang yang menaip sebagai "{ wrong-number-stranger-name }" mungkin dipaksa berbuat begitu di kompleks penipuan; bercakap secara terbuka melindungi kawan-kawan anda.
wrong-number-end-small = Apa yang anda letak dalam { $app } sudah hilang. Anda melakukan apa yang disarankan kepada orang yang berhati-hati: menyemak gedung aplikasi dan daftar pengawal selia, mula kecil, menguji pengeluaran, dan berhenti apabila ia meminta lebih. Platform itu tiruan syarikat berlesen, dibina untuk lulus semakan itu. Ini bukan salah anda. Telefon bank, laporkan dengan sembangnya, dan pegang peraturan yang kekal walaupun semua semakan lulus: jangan letak wang atas cadangan orang yang anda kenal dalam talian.
wrong-number-end-lost-first = Apa yang anda letak dalam { $app } sudah hilang. Anda berhenti sebelum simpanan anda masuk, dan itulah bahagian paling sukar: kebanyakan orang membayar sekali lagi untuk membebaskan angka di skrin. Ini bukan salah anda; untung kecil dan pengeluaran pertama yang mudah dibina untuk meraih kepercayaan. Telefon bank, laporkan dengan sembang dan nama aplikasinya, dan beritahu orang yang anda percayai.
wrong-number-end-scammed = Wang dalam aplikasi itu tidak pernah benar, dan apa yang anda bayar sudah hilang. Ini jenayah terancang oleh penjenayah yang mahir, bukan kesilapan bodoh: orang dari semua peringkat umur terperangkap. Sekarang hubungi bank anda, laporkan kepada polis dan perkhidmatan laporan penipuan kebangsaan, dan beritahu orang yang anda percayai. Berhati-hati dengan sesiapa yang menawarkan untuk mendapatkan semula wang itu dengan bayaran.
wrong-number-end-recovery = Syarikat "pemulihan wang" itu mengambil yuran dan menghilangkan diri: ia juga dijalankan oleh penipu. Menjadi sasaran dua kali memang biasa berlaku, dan ini bukan salah anda. Hentikan semua bayaran, hubungi bank anda, dan laporkan kedua-dua penipuan kepada polis dan perkhidmatan laporan penipuan kebangsaan. Bantuan sebenar tidak pernah meminta yuran dalam kripto.

## The catalogue's red flags, in this story's setting

wrong-number-redflag-move-to-private-app = Berpindah ke aplikasi sembang peribadi
    .explain = Orang asing yang mesra daripada mesej "salah nombor" cepat mengajak berpindah ke WhatsApp, Line, Telegram atau WeChat. Aplikasi peribadi tidak diperhati sesiapa, sejarah sembang mudah dipadam, dan terasa lebih rapat: di situlah kepercayaan dibina sebelum wang disebut.
    .advice = Pastikan sembang dengan orang asing pendek dan terbuka. Panggilan video membantu tetapi boleh dipalsukan dengan alat tukar muka. Peraturan yang sentiasa benar: jangan sekali-kali melabur atau menghantar wang atas cadangan orang yang anda kenal dalam talian.
wrong-number-redflag-polish-not-proof = Lesen dalam daftar bukan bukti
    .explain = Aplikasi dagangan palsu meniru nama dan nombor lesen syarikat berlesen yang sebenar, jadi semakan daftar lulus. Dengan ulasan baik di gedung aplikasi dan pengeluaran kecil yang berjaya, orang yang berhati-hati pun tertipu.
    .advice = Tanya pengawal selia, di nombor pada laman web rasminya, sama ada aplikasi ini milik syarikat berlesen itu; banyak yang menyimpan senarai tiruan. Dan pegang peraturan yang kekal walaupun semua semakan lulus: jangan letak wang atas cadangan orang yang anda kenal dalam talian.
