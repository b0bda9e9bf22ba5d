# Machine-drafted translation: needs review by a native speaker.
wrong-number-title = Salah nombor
wrong-number-summary = Seorang yang tidak dikenali tersalah hantar mesej kepada anda, dengan mesra, dan kemudian terus bersembang. Anda seorang pesara yang petangnya tenang: anda yang menentukan sejauh mana sembang itu pergi.

## Characters

wrong-number-character-texter = Nombor tidak dikenali
wrong-number-character-unknown = Nombor tidak dikenali
wrong-number-character-stranger = { $stranger }
wrong-number-character-friend = { $friend }
wrong-number-character-recovery = Meja Pemulihan Aset

## Variables

wrong-number-who-ray = Ray, 67 tahun, seorang duda di Brisbane, Australia
wrong-number-who-teresita = Teresita, 64 tahun, seorang pesara guru di Iloilo, Filipina
wrong-number-who-mei-ling = Mei Ling, 70 tahun, seorang nenek di Ipoh, Malaysia
wrong-number-group-walking = kumpulan berjalan kaki
wrong-number-group-choir = kumpulan koir
wrong-number-group-tai-chi = kelas tai chi
wrong-number-stranger-anna = Anna
wrong-number-stranger-jenny = Jenny
wrong-number-stranger-vivian = Vivian
wrong-number-friend-lily = Lily
wrong-number-friend-tony = Tony
wrong-number-friend-rosa = Rosa

## A real wrong number

wrong-number-intro = Anda ialah { $who }. Sejak bersara, hari-hari terasa panjang dan sunyi. Bahagian paling seronok dalam seminggu ialah { $group } anda setiap hari Khamis. Pada suatu pagi Isnin, telefon anda bergetar.

wrong-number-plumber = Hai Rob, ini Sue sebelah rumah. Tukang paip masih datang pukul 10 esok? Saya biarkan pagar terbuka.
wrong-number-plumber-reply-wrong = Balas: "Maaf, saya rasa awak salah nombor."
    .feedback = Baik hati dan ringkas. Sekarang perhatikan apa yang berlaku seterusnya: ia lebih banyak memberitahu anda berbanding mesej pertama.
wrong-number-plumber-ignore = Abaikan sahaja. Bukan tukang paip anda, bukan masalah anda
    .feedback = Itu pun tidak mengapa. Anda tidak wajib membalas mesej orang yang tidak dikenali.

wrong-number-sorry-oops = Alamak, maaf sangat! Saya tersalah taip nombor. Salah saya!
wrong-number-sorry-bye = Semoga hari awak baik.
wrong-number-sorry-say-ok = Balas "Tak apa!" dan teruskan hari anda
    .feedback = Inilah rupa salah nombor yang sebenar: permohonan maaf, kemudian tiada apa-apa lagi. Tiada sembang lanjut, tiada soalan tentang hidup anda, tiada cerita tentang wang.
wrong-number-sorry-block-anyway = Sekat dan laporkan nombor itu, untuk berjaga-jaga
    .feedback = Boleh, tetapi ini memang kesilapan sebenar: Sue meminta maaf dan berhenti. Salah nombor berlaku setiap hari. Yang mendedahkan penipuan ialah apa yang berlaku selepas anda berkata "salah nombor".

## The scam begins

wrong-number-anna-text = Hai, ini { $stranger }! Kita masih jumpa minum teh hari ini?
    .discuss = Bagaimana anda boleh membezakan salah nombor yang sebenar dengan permulaan penipuan?
wrong-number-anna-text-tell-wrong = Balas dengan baik: "Maaf, awak salah nombor."
    .feedback = Balasan yang sopan itu biasa, dan kebanyakan orang membalas begitu. Ujiannya datang selepas ini: adakah pengirim itu meminta maaf dan berhenti?
wrong-number-anna-text-block-now = Sekat dan laporkan nombor itu tanpa membalas
    .feedback = Selamat, dan itu hak anda: anda tidak rugi apa-apa dengan menyekat orang yang tidak dikenali. Cuma ingat, satu mesej sahaja boleh jadi kesilapan sebenar. Tanda amarannya ialah orang asing yang terus bersembang selepas anda berkata "salah nombor".

wrong-number-keeps-chatting-sorry = Alamak, malunya! Saya minta maaf sangat.
    .discuss = Apa bezanya di sini berbanding salah nombor yang sebenar?
wrong-number-keeps-chatting-kind = Tapi awak nampak sangat baik hati. Tak ramai orang balas dengan sopan macam ni sekarang.
wrong-number-keeps-chatting-fate = Saya { $stranger }, saya ada kedai bunga kecil. Mungkin kesilapan ni memang takdir? Awak dari mana?
wrong-number-keeps-chatting-chat-back = Bersembang sedikit. Dia mesra, dan petang masih panjang
    .feedback = Salah nombor yang sebenar meminta maaf dan berhenti. Yang ini meminta maaf dan terus bersembang, dengan pujian dan soalan tentang diri anda. Ini permulaan biasa bagi penipuan jangka panjang, dan ia berkesan kerana kebaikan dan teman bersembang menyenangkan hati sesiapa pun.
wrong-number-keeps-chatting-block-report = Ucapkan selamat kepadanya, kemudian sekat dan laporkan nombor itu
    .feedback = Bagus, anda perasan. Salah nombor yang sebenar meminta maaf dan berhenti. "Salah nombor" yang bertukar menjadi sembang mesra ialah permulaan yang diketahui bagi penipuan cinta dan pelaburan.

wrong-number-move-app-whatsapp = Hantar SMS dari sini mahal sangat. Boleh kita sembang di WhatsApp? Ini nombor saya.
wrong-number-move-app-photo = (Dia menghantar gambar: seorang wanita tersenyum di sebuah kafe yang terang, dengan seteko teh di atas meja.)
wrong-number-move-app-add = Tambah dia di WhatsApp. Lagipun semua orang guna
    .feedback = Cepat berpindah ke aplikasi sembang peribadi ialah langkah biasa dalam penipuan seperti ini: di sana, tiada orang lain melihat sembang itu. Dengan sendirinya ia tidak membuktikan apa-apa, tetapi bersama orang asing yang tidak mahu berhenti selepas salah nombor, ia satu amaran.
wrong-number-move-app-ask-video = Katakan: "Sebelum itu, jom buat panggilan video sekejap, supaya saya tahu dengan siapa saya bercakap."
    .feedback = Ujian yang adil: orang yang menjalankan penipuan ini sering mengelak video, kerana gambarnya milik orang lain. Panggilan membantu, tetapi boleh dipalsukan dengan alat tukar muka. Peraturan yang sentiasa benar: jangan sekali-kali melabur atau menghantar wang atas cadangan orang yang anda kenal dalam talian.

## Weeks of warm chat

wrong-number-friendship-morning = Selamat pagi! Saya buat teh dan teringat awak. Awak tidur lena?
    .discuss = Kenapa mesej harian seperti ini begitu berkesan?
wrong-number-friendship-lonely = Emak saya meninggal dunia tahun lepas. Sejak itu saya rasa sangat sunyi di bandar besar ni.
wrong-number-friendship-best-part = Bersembang dengan awak ialah saat paling indah dalam hari saya. Awak betul-betul faham saya.
wrong-number-friendship-open-up = Ceritakan kepadanya tentang hidup anda, keluarga anda dan betapa sunyinya hari-hari anda
    .feedback = Kemesraan setiap hari, kesedihan yang dikongsi dan "awak faham saya" membina ikatan dengan sangat cepat. Ini dipanggil "love bombing", dan ia berkesan terhadap sesiapa yang sedikit kesunyian, iaitu kebanyakan kita. Dia juga sedang mempelajari apa yang penting bagi anda.
wrong-number-friendship-ask-video = Cadangkan panggilan video. Seronok juga dapat melihatnya
    .feedback = Ujian yang baik. Berminggu-minggu mesej mesra tetapi tidak pernah menunjukkan muka ialah salah satu tanda paling jelas penipuan ini. Panggilan pun boleh dipalsukan, jadi peraturan yang sentiasa benar: jangan sekali-kali melabur atau menghantar wang atas cadangan orang yang anda kenal dalam talian.
wrong-number-friendship-step-back = Semuanya terlalu manis, terlalu cepat. Berhenti membalas dan sekat dia
    .feedback = Naluri yang baik. Kemesraan yang cepat daripada orang asing yang menemui anda "secara tidak sengaja", dalam aplikasi peribadi, ialah corak yang diketahui. Anda boleh menjauhkan diri tanpa perlu menjelaskan apa-apa.

wrong-number-no-video-camera = Alamak, kamera telefon saya rosak, malunya.
wrong-number-no-video-shy = Dan sebenarnya saya pemalu. Hari ni muka saya tak terurus.
wrong-number-no-video-promise = Minggu depan, saya janji! Buat masa ni kita sembang di sini dulu.
wrong-number-no-video-accept = Biarkan sahaja. Ramai orang malu di depan kamera
    .feedback = Satu alasan mungkin benar, tetapi akan sentiasa ada alasan lain. Orang yang bercakap dengan anda setiap hari tetapi tidak pernah boleh menunjukkan muka sedang menyembunyikan siapa dirinya.
wrong-number-no-video-accept-later = Biarkan sahaja. Ramai orang malu di depan kamera
    .feedback = Satu alasan mungkin benar, tetapi akan sentiasa ada alasan lain. Orang yang bercakap dengan anda setiap hari tetapi tidak pernah boleh menunjukkan muka sedang menyembunyikan siapa dirinya.
wrong-number-no-video-stop-block = Tiada video, tiada lagi sembang. Sekat dan laporkan dia
    .feedback = Betul. Kawan yang sentiasa "hampir" membuat panggilan video tetapi tidak pernah membuatnya ialah tanda biasa. Gambarnya sering diambil dari profil orang lain, dan panggilan pun boleh dipalsukan, jadi cadangan tentang wang daripada kawan dalam talian tidak pernah selamat.

## The money

wrong-number-crypto-tip-uncle = Awak tahu, pak cik saya ajar saya dagangan kripto. Dia tahu bila pasaran akan bergerak.
    .discuss = Kenapa cerita tentang wang hanya muncul selepas berminggu-minggu berkawan?
wrong-number-crypto-tip-profit = (Dia menghantar tangkapan skrin daripada aplikasi dagangan: akaunnya naik beribu-ribu dolar minggu ini.)
wrong-number-crypto-tip-try = Saya nak awak pun hidup senang bila bersara. Mula sikit dulu, ${ $first } saja. Saya akan bimbing awak langkah demi langkah.
wrong-number-crypto-tip-try-small = Cuba dengan ${ $first }. Jumlahnya kecil, dan dia begitu baik
    .feedback = Petua tentang kripto atau aplikasi dagangan daripada orang yang anda kenali dalam talian ialah teras penipuan ini. "Mula sikit dulu" sebahagian daripada rancangan: untung kecil membina kepercayaan untuk deposit besar kemudian.
wrong-number-crypto-tip-say-no = Tolak: anda tidak pernah ikut nasihat kewangan daripada orang yang belum pernah anda jumpa. Kemudian sekat dia
    .feedback = Betul. Orang asing yang membangkitkan soal kripto selepas berminggu-minggu sembang mesra sedang mengikut skrip. Kawan sebenar tidak memerlukan anda melabur untuk terus berkawan.

wrong-number-early-profit-grown = Tengok! ${ $first } awak naik hampir 30% dalam seminggu!
wrong-number-early-profit-test = (Dia menyuruh anda mengeluarkan $50, sebagai ujian. Anda berbuat begitu, dan wang itu masuk ke akaun bank anda keesokan harinya.)
wrong-number-early-profit-bonus = Nampak? Memang betul! Dan minggu ini sahaja, platform ni bagi bonus 30% untuk deposit melebihi ${ $big }. Dengan simpanan awak, akhirnya awak boleh hidup senang!
wrong-number-early-profit-invest-savings = Pindahkan sebahagian besar simpanan anda ke dalamnya. Lagipun pengeluaran ujian tadi berjaya
    .feedback = Untung kecil di awal, dan pengeluaran kecil yang benar-benar sampai, ialah umpan: ia membuat anda mempercayai aplikasi itu dengan jumlah yang jauh lebih besar. Angka besar di skrin itu bukan wang sebenar.
wrong-number-early-profit-stop-now = Berhenti di sini. Jangan masukkan apa-apa lagi, sekat dia dan laporkan aplikasi itu
    .feedback = Syabas. Untung kecil dan pengeluaran pertama yang mudah ada untuk membina kepercayaan bagi deposit besar. Berhenti sekarang menyelamatkan simpanan anda, walaupun jumlah kecil yang pertama itu hilang.

## Going far

wrong-number-blocked-grow = Anda memindahkan ${ $big } ke dalam aplikasi itu. Setiap hari bakinya bertambah, dan { $stranger } menghantar emoji hati dan ucapan tahniah.
    .discuss = Wang itu "ada", tetapi tidak boleh dikeluarkan tanpa satu lagi bayaran. Kenapa begitu sukar untuk berhenti di sini? Apa yang akan anda katakan kepada seorang kawan?
wrong-number-blocked-frozen = Apabila anda cuba mengeluarkan wang, aplikasi itu menunjukkan: "Pengeluaran ditahan. Bayar cukai sebanyak ${ $tax } untuk melepaskan dana anda."
wrong-number-blocked-she-says = { $stranger } menulis: "Jangan risau, semua orang bayar cukai tu. Saya boleh pinjamkan sikit pun!"
wrong-number-blocked-pay-tax = Bayar cukai itu. Jumlahnya kecil berbanding baki
    .feedback = Platform yang sebenar memotong yurannya daripada baki anda; ia tidak meminta wang baharu sebelum anda boleh mengeluarkan wang. "Cukai" ini langkah seterusnya dalam penipuan, dan akan ada lagi selepas ini.
wrong-number-blocked-stop-report = Jangan bayar apa-apa lagi. Simpan semuanya, hubungi bank anda dan buat laporan
    .feedback = Betul. Pengeluaran yang disekat sehingga anda membayar "cukai", "yuran" atau "tambah nilai" ialah peringkat terakhir penipuan ini. Hubungi bank anda dengan segera, kerana pemindahan wang kadangkala masih boleh dihentikan, kemudian buat laporan.

wrong-number-more-fees-paid = Anda membayar cukai itu. Keesokan harinya aplikasi itu berkata: "Akaun sedang disemak. Bayar deposit keselamatan sebanyak ${ $tax } untuk membuka dana anda."
wrong-number-more-fees-almost = { $stranger } menulis: "Menyusahkan betul! Tapi ini langkah terakhir, lepas tu kita raikan sama-sama."
wrong-number-more-fees-pay-deposit = Bayar sekali lagi. Anda sudah begitu hampir
    .feedback = Tiada langkah terakhir: setiap bayaran akan diikuti bayaran baharu, sehingga anda berhenti. Baki di skrin itu tidak pernah benar.
wrong-number-more-fees-stop = Berhenti. Simpan semuanya, hubungi bank anda dan buat laporan
    .feedback = Betul. "Yuran" kedua selepas yang pertama menunjukkan bahawa pengeluaran itu tidak akan berlaku. Berhenti sekarang melindungi apa yang masih ada.

wrong-number-silent = Anda membayar. Keesokan paginya aplikasi itu tidak boleh dibuka, dan { $stranger } tidak lagi menjawab. Seminggu kemudian, sebuah e-mel tiba.

wrong-number-recovery = Kami tahu anda kehilangan wang akibat penipuan kripto. Pasukan kami bekerjasama dengan FBI dan badan pengawal selia antarabangsa, dan kami boleh mendapatkan semula ${ $big } anda. Untuk bermula, sila bayar yuran 10% dalam USDT.
wrong-number-recovery-pay-fee = Bayar yuran itu. Mendapatkan semula wang itu memang berbaloi
    .feedback = Ini penipuan kedua, yang menyasarkan orang yang baru kehilangan wang. Polis dan badan pengawal selia yang sebenar tidak pernah mengenakan yuran dalam kripto untuk mendapatkan semula wang anda.
wrong-number-recovery-refuse = Jangan jawab. Laporkan e-mel itu bersama semua yang lain
    .feedback = Betul. Syarikat "pemulihan wang" yang mengaku ada kaitan dengan FBI atau badan pengawal selia dan mahukan yuran dalam kripto ialah penipuan kedua yang diketahui. Pihak berkuasa sebenar tidak mengenakan bayaran untuk menyiasat.

## The club

wrong-number-club-day = Pada hari Khamis, di { $group } anda, kawan anda { $friend } datang menghampiri, dengan telefon di tangan dan tersenyum.

wrong-number-club-show = Tengok ni! Ada perempuan tersalah hantar mesej kepada saya bulan lepas. Sekarang kami bersembang setiap hari. Dia baik sangat.
    .discuss = Bagaimana anda boleh membangkitkan hal ini dengan kawan tanpa membuatnya rasa bodoh?
wrong-number-club-uncle = Dan pak cik dia pedagang kripto. Dia kata dia boleh tolong saya buat duit. Patut saya cuba?
wrong-number-club-warn = Ceritakan kepada { $friend } apa yang berlaku kepada anda, dan bantu menyekat serta melaporkan nombor itu
    .feedback = Bagus. Penipuan merebak melalui sikap berdiam diri, dan sepatah kata daripada kawan sering menjadi penghalangnya. "Salah nombor" yang bertukar menjadi sembang harian dan kemudian petua wang ialah corak yang baru anda lihat sendiri.
wrong-number-club-explain-real = Tunjukkan kepada { $friend } perbezaannya: salah nombor sebenar yang anda terima meminta maaf dan berhenti; yang ini tidak pernah berhenti
    .feedback = Bagus. Ini membantu { $friend } membezakan kedua-duanya, bukan takut akan setiap mesej. Kesilapan sebenar berakhir dengan permohonan maaf. Penipuan terus bersembang, berpindah ke aplikasi peribadi dan beralih kepada wang.
wrong-number-club-share-loss = Beritahu { $friend } dengan jujur bahawa anda juga memasukkan wang, dan apa yang berlaku
    .feedback = Itu memerlukan keberanian. Rasa malu membuatkan ramai orang berdiam diri, dan penipu bergantung pada perkara itu. Kisah anda sendiri mungkin yang membuatkan { $friend } berhenti.
wrong-number-club-stay-quiet = Diam sahaja. Itu urusan peribadi { $friend }
    .feedback = Tidak mahu memalukan kawan itu sikap yang baik. Tetapi penipuan ini bergantung pada sikap berdiam diri, dan { $friend } berada pada peringkat di mana sepatah kata daripada anda boleh paling membantu.

## Endings

wrong-number-end-safe = Anda menyekat dan melaporkan nombor itu, dan simpanan anda selamat. Mesej seperti yang dihantar oleh "{ $stranger }" dihantar oleh kumpulan penjenayah. Orang yang menaip mesej itu mungkin bukan penipu atas pilihan sendiri: ramai ialah orang yang diperdaya dengan kerja palsu di luar negara dan dipaksa menghantar mesej ini dari pusat penipuan.
wrong-number-end-helped = Anda dan { $friend } menyekat dan melaporkan nombor itu bersama-sama, sebelum ada lagi wang yang berpindah. Minggu berikutnya, dua orang lagi di { $group } berkata mereka pernah menerima mesej yang serupa, dan kini mereka tahu apa sebenarnya. Orang yang menaip sebagai "{ $stranger }" mungkin dipaksa berbuat demikian di pusat penipuan; bercakap secara terbuka telah melindungi kawan-kawan anda.
wrong-number-end-scammed = Wang dalam aplikasi itu tidak pernah benar, dan apa yang anda bayar sudah hilang. Ini jenayah terancang oleh penjenayah yang mahir, bukan kesilapan bodoh: orang dari semua peringkat umur terperangkap. Sekarang hubungi bank anda, laporkan kepada polis dan perkhidmatan laporan penipuan kebangsaan, dan beritahu orang yang anda percayai. Berhati-hati dengan sesiapa yang menawarkan untuk mendapatkan semula wang itu dengan bayaran.
wrong-number-end-recovery = Syarikat "pemulihan wang" itu mengambil yuran dan menghilangkan diri: ia juga dijalankan oleh penipu. Menjadi sasaran dua kali memang biasa berlaku, dan ini bukan salah anda. Hentikan semua bayaran, hubungi bank anda, dan laporkan kedua-dua penipuan kepada polis dan perkhidmatan laporan penipuan kebangsaan. Bantuan sebenar tidak pernah meminta yuran dalam kripto.

## The catalogue's red flags, in this story's setting

wrong-number-redflag-move-to-private-app = Berpindah ke aplikasi sembang peribadi
    .explain = Orang asing yang mesra daripada mesej "salah nombor" cepat mengajak berpindah ke WhatsApp, Line, Telegram atau WeChat. Aplikasi peribadi tidak diperhati sesiapa, sejarah sembang mudah dipadam, dan terasa lebih rapat: di situlah kepercayaan dibina sebelum wang disebut.
    .advice = Pastikan sembang dengan orang asing pendek dan terbuka. Panggilan video membantu tetapi boleh dipalsukan dengan alat tukar muka. Peraturan yang sentiasa benar: jangan sekali-kali melabur atau menghantar wang atas cadangan orang yang anda kenal dalam talian.
