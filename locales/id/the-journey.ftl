# Machine-drafted translation: needs review by a native speaker.
the-journey-title = Perjalanan
the-journey-summary = Anda sudah menerima pekerjaan di luar negeri, dan sekarang Anda dalam perjalanan. Setiap langkah perjalanan punya tanda bahaya, dan jalan keluarnya.
the-journey-content-note = Cerita ini menyinggung perdagangan orang dan ancaman. Tidak ada adegan kekerasan. Anda bisa berhenti sejenak atau keluar kapan saja dengan q.

## Tokoh

the-journey-character-recruiter = { $recruiter }, Manajer HRD
the-journey-character-officer = Petugas imigrasi
the-journey-character-contact = { $contact }, sopir perusahaan

## Variabel

the-journey-traveller-linh = Linh, seorang akuntan dari Vietnam
the-journey-traveller-arjun = Arjun, seorang software tester dari India
the-journey-traveller-grace = Grace, seorang guru dari Uganda
the-journey-traveller-joseph = Joseph, seorang lulusan IT dari Kenya
the-journey-traveller-minh = Minh, 17 tahun, dari sebuah desa di Nghe An, Vietnam, yang putus sekolah untuk membantu keluarga

the-journey-hub-dubai = Dubai
the-journey-hub-hong-kong = Hong Kong
the-journey-hub-singapore = Singapura
the-journey-hub-kuala-lumpur = Kuala Lumpur

the-journey-recruiter-vicky = Vicky
the-journey-recruiter-anna = Anna
the-journey-recruiter-kelly = Kelly

the-journey-contact-tony = Tony
the-journey-contact-ben = Ben
the-journey-contact-jack = Jack

the-journey-relative-sister = kakak perempuan
the-journey-relative-brother = kakak laki-laki
the-journey-relative-mother = ibu
the-journey-relative-cousin = sepupu

## Di rumah, malam sebelum terbang

the-journey-start-who = Anda adalah { $traveller }. Tiga minggu lalu, seorang perekrut bernama { $recruiter } menawari Anda pekerjaan customer support di Bangkok: ${ $salary } sebulan, dengan tiket pesawat dan tempat tinggal ditanggung. Tidak ada yang menanyakan umur Anda, atau meminta satu referensi pun.
    .discuss = Apa saja yang sudah Anda lakukan dan keluarkan sampai malam sebelum berangkat?
the-journey-start-tonight = Keluarga sudah membantu Anda bersiap, dan Anda sudah berpamitan dengan teman-teman. Besok pagi Anda terbang. Tas Anda sudah dikemas ketika HP Anda bergetar.

the-journey-briefing-ticket = Selamat malam! Tiketnya sudah di email kamu. Penerbangan pertama cuma sampai { $hub }. Tiket berikutnya saya kirim waktu kamu mendarat.
    .discuss = Pesan mana yang membuat Anda khawatir, dan mana yang terdengar biasa?
the-journey-briefing-visa = Kamu berangkat pakai visa turis. Visa kerja terlalu lama, nanti kita ganti di Bangkok. Semua orang juga begini.
the-journey-briefing-holiday = Di imigrasi, bilang liburan. Jangan bilang kerja. Jangan sebut nama perusahaan.
the-journey-briefing-delete = Dan tolong hapus chat ini sebelum ke bandara. Aturan perusahaan.
the-journey-briefing-ask-visa = Tanyakan kenapa pekerjaan yang asli butuh visa turis, dan minta melihat kontraknya dulu
    .feedback = Pertanyaan yang bagus. Pemberi kerja yang asli mengurus visa kerja Anda sebelum Anda berangkat. "Nanti kita ganti" adalah cara sebuah pekerjaan berubah menjadi perjalanan tanpa hak untuk bekerja dan tanpa perlindungan.
the-journey-briefing-forward = Bilang oke, tapi teruskan seluruh chat ke { $relative } Anda sebelum menghapusnya
    .feedback = Menitipkan salinan kepada orang yang Anda percaya itu bijak, dan mungkin akan berguna nanti. Tetapi tanda bahayanya adalah visa turis: pekerjaan yang asli di luar negeri dimulai dengan visa kerja.
the-journey-briefing-agree = Bilang oke. Mereka sudah sering melakukan ini, pasti mereka tahu
    .feedback = Visa turis itulah tanda bahayanya. Perekrut membuatnya terdengar seperti jalan pintas yang biasa. Ini berhasil karena mereka terdengar tenang dan yakin, dan Anda sudah terlanjur menerima pekerjaannya.

the-journey-pushback-normal = Kenapa banyak tanya? Semua orang datang begini.
the-journey-pushback-contract = Kontrak kamu tanda tangan di kantor. Bosnya sibuk sekali.
the-journey-pushback-cancel = Pesawatnya besok pagi. Kalau kamu batal sekarang, kamu ganti uang tiketnya: ${ $ticket }.
the-journey-pushback-trust = Saya kira kamu percaya sama saya. Banyak orang yang mau pekerjaan ini.
the-journey-pushback-check-agency = Sebelum memutuskan, telepon lembaga pekerja migran nasional dan tanyakan tentang pekerjaan ini
    .feedback = Anda melihat tekanannya: tidak ada kontrak, ancaman soal uang, dan rasa bersalah. Pemberi kerja yang asli bisa menunggu sehari selagi Anda memeriksa. Lembaga itu bisa memberi tahu apakah perekrutnya punya izin dan pekerjaannya terdaftar.
the-journey-pushback-go-anyway = Berangkat. Anda tidak bisa mengganti uang tiketnya, dan keluarga Anda berharap pada Anda
    .feedback = Terburu-buru, "utang" tiket, dan tidak ada kontrak tertulis adalah taktik menekan. Ini berhasil pada siapa saja yang sudah membuat rencana dan memberi tahu keluarganya. Pekerjaan yang asli bisa menunggu sehari selagi Anda memeriksa.
the-journey-pushback-go-watchful = Berangkat, tapi berjanji pada diri sendiri untuk kembali begitu ada hal pertama yang tidak cocok
    .feedback = Janji pada diri sendiri itu berharga, dan banyak orang membuatnya. Tapi sulit ditepati saat sudah di jalan: setiap langkah membuat langkah berikutnya terasa kecil. Memberi tahu seseorang di rumah apa "hal pertama" itu membuatnya lebih mudah ditepati.

the-journey-end-agency = Petugas di lembaga pekerja migran memeriksanya untuk Anda. Perekrut itu tidak punya izin, dan pekerjaannya tidak terdaftar. "Pekerjaan asli di luar negeri disertai visa kerja dan kontrak yang ditandatangani sebelum berangkat," katanya. Anda tetap di rumah. { $recruiter } berhenti menjawab, dan tidak ada yang pernah menagih uang tiketnya.

## Bandara di negara asal

the-journey-departure = Di bandara Anda sampai di pemeriksaan paspor. Petugas melihat visa turis Anda, lalu melihat Anda. "Apa tujuan perjalanan Anda?" Di kepala Anda terdengar suara { $recruiter }: bilang liburan.
    .discuss = Kenapa perekrut ingin Anda berbohong kepada satu-satunya petugas yang mungkin bertanya?
the-journey-departure-say-holiday = Bilang "liburan", seperti yang diperintahkan
    .feedback = Diajari apa yang harus dikatakan di imigrasi adalah tanda bahaya. Petugas bertanya karena mereka dilatih untuk mengenali perdagangan orang. Berbohong memutus Anda dari satu-satunya orang di sini yang tugasnya melindungi Anda.
the-journey-departure-tell-truth = Katakan yang sebenarnya: Anda pergi untuk bekerja, dengan visa turis
    .feedback = Itu butuh keberanian. Pemberi kerja yang asli tidak pernah butuh Anda berbohong di perbatasan, dan berkata jujur membuat petugas bisa membantu Anda.
the-journey-departure-turn-back = Jangan bilang apa-apa. Keluar dari antrean dan pulang
    .feedback = Tidak apa-apa mendengarkan firasat buruk. Berbalik pulang memang membuat tiket hangus. Meneruskan perjalanan bisa jauh lebih mahal.

the-journey-officer = Petugas itu meletakkan paspor Anda. "Terima kasih sudah memberi tahu saya. Anda tidak dalam masalah. Kami sering melihat tawaran kerja seperti ini, dan sebagian berakhir di kompleks penipuan di seberang perbatasan. Boleh saya lihat pesan-pesannya?"
the-journey-officer-show = Tunjukkan pesan-pesannya kepada petugas
    .feedback = Petugas ini adalah penolong yang sungguhan. Petugas bandara melihat rute seperti ini setiap minggu. Chat itu membuat mereka bisa memeriksa perekrutnya, dan memperingatkan orang lain.
the-journey-officer-back-out = Panik. Bilang itu salah paham dan Anda memang mau liburan
    .feedback = Takut terkena masalah adalah hal yang diandalkan para perekrut. Di sini, petugas itu berada di pihak Anda. Anda masih bisa berubah pikiran nanti di perjalanan.
the-journey-officer-take-card = Tunjukkan pesan-pesannya, tapi katakan Anda sudah memutuskan berangkat. Ambil kartu nama petugas.
    .feedback = Petugas tidak selalu bisa menahan orang dewasa dengan visa yang sah, dan Anda berhak memutuskan. Kartu itu penting: pejabat di negeri sendiri yang tahu nama dan rute Anda adalah orang yang bisa ditelepon keluarga Anda.

the-journey-end-officer = Petugas itu membaca chat-nya dan memanggil rekannya yang menangani kasus perdagangan orang. Tidak ada visa kerja dan tidak ada agen berizin, hanya cerita liburan. Anda ketinggalan pesawat, dan Anda sama sekali tidak dalam masalah. Laporan Anda membantu mereka memperingatkan orang lain yang mendapat tawaran yang sama.

the-journey-end-turned-back = Anda berbalik pulang. Rasanya seperti gagal, dan Anda khawatir soal uangnya. Tetapi Anda tidak berutang apa pun kepada orang-orang yang menyuruh Anda berbohong. Di rumah, Anda melaporkan { $recruiter } ke lembaga pekerja migran nasional, dan sekarang lembaga itu memperingatkan orang lain tentang tawaran ini.

## Kota transit

the-journey-transit-landed = Kamu sudah di { $hub }? Bagus. Tiket berikutnya sudah di email kamu: { $hub } ke Bangkok.
    .discuss = Ganti pesawat itu biasa. Apa yang tidak biasa dari perjalanan ini?
the-journey-transit-others = Ada tiga staf baru lagi di penerbangan kamu. Jangan duduk dekat mereka. Jangan bicara. Kalian tidak saling kenal.
the-journey-transit-hotel = Kalau imigrasi Bangkok bertanya, tunjukkan bukti pesanan hotel. Bilang liburan.
the-journey-transit-turn-back-hub = Terlalu banyak rahasia. Pergi ke loket maskapai dan tanyakan penerbangan pulang
    .feedback = Tiket yang dikirim sepotong-sepotong, kota transit, dan "jangan bicara dengan yang lain" membuat rute Anda sulit dilacak, bagi petugas maupun keluarga Anda. Berbalik pulang dari sini masih mungkin.
the-journey-transit-tell-family = Naik pesawat, tapi sebelumnya kirim ke { $relative } Anda kedua tiket, nomor perekrut, dan foto paspor Anda
    .feedback = Anda melihat bahwa rute ini dibuat supaya sulit dilacak. Sekarang orang yang Anda percaya bisa mengikutinya. Apa pun yang terjadi nanti, salinan itu bisa membantu.
the-journey-transit-ask-others = Tetap duduk bersama rekrutan lain, dan diam-diam bandingkan apa yang dijanjikan kepada masing-masing
    .feedback = Anda melihat bahwa rute ini dibuat untuk memisahkan kalian. Dengan membandingkan cerita, para rekrutan menyadari janji-janjinya tidak cocok: satu dijanjikan customer service, yang lain entri data; satu Bangkok, yang lain "dekat Bangkok".
the-journey-transit-board = Naik pesawat. Banyak orang ganti pesawat
    .feedback = Ganti pesawat itu biasa. Tiket yang dikirim sepotong-sepotong, dan larangan bicara dengan calon pekerja lain, tidak biasa. Itu menyembunyikan tujuan Anda yang sebenarnya, dan mencegah para calon pekerja saling membandingkan cerita.

## Bandara Bangkok

the-journey-arrival-welcome = Selamat datang di Bangkok! Saya { $contact }, dari perusahaan. Penerbangannya lancar?
    .discuss = Kenapa paspor diminta di sini, tepat setelah penerbangan panjang? Apa yang bisa dikatakan seseorang supaya paspornya tetap dia pegang?
the-journey-arrival-passport = Sini paspor kamu. Saya bawa ke kantor untuk izin kerja kamu.
the-journey-arrival-back = Dua, tiga hari lagi kamu dapat kembali. Yang lain sudah kasih.
the-journey-arrival-hand-over = Serahkan. Ini untuk izin kerja
    .feedback = Paspor adalah jalan pulang Anda dan bukti siapa diri Anda. Pemberi kerja yang asli tidak perlu menyimpannya. Mereka memintanya di bandara karena Anda sedang lelah dan yang lain sudah menyerahkannya.
the-journey-arrival-keep = Tersenyum, dan bilang Anda akan menyimpannya dan membawanya sendiri ke kantor
    .feedback = Benar. Pemberi kerja tidak punya alasan untuk menahan paspor Anda. Perusahaan yang asli bisa memfotokopinya di depan Anda lalu langsung mengembalikannya.
the-journey-arrival-photo = Tawarkan agar dia memotret halaman paspor saja
    .feedback = Jalan tengah yang baik: pemberi kerja yang butuh data Anda bisa menyalinnya di depan Anda dan langsung mengembalikan paspor. Perhatikan jawabannya: orang yang hanya perlu salinan akan mengambil foto itu.

the-journey-refuse-unhappy = Hm. Bos pasti tidak senang.
the-journey-refuse-permit = Tidak ada paspor, tidak ada izin kerja. Nanti kamu bayar izinnya sendiri. Mahal sekali.
the-journey-refuse-van = Ayo sekarang. Mobilnya sudah menunggu. Semua orang menunggu kamu.
the-journey-refuse-call-embassy = Kembali masuk ke terminal dan telepon kedutaan negara Anda di Bangkok, dengan nomor dari situs web resminya
    .feedback = Langkah yang kuat. Pakai nomor dari situs web resmi kedutaan, bukan nomor yang diberikan orang lain. Terminal adalah tempat yang aman untuk menelepon: ada petugas, kamera, dan banyak orang di sekitar.
the-journey-refuse-give-in = Serahkan. Semua orang menatap Anda, dan Anda lelah sekali
    .feedback = Tekanan dari kelompok sulit dilawan setelah perjalanan panjang, dan mereka memang merencanakannya begitu. Tanpa paspor, Anda lebih mudah dikendalikan. Ingat: bahkan tanpa paspor, kedutaan Anda tetap bisa membantu.
the-journey-refuse-keep-go = Simpan paspor di saku Anda dan naik ke mobil
    .feedback = Menyimpan paspor itu penting. Tetapi Anda naik ke mobil bersama orang-orang yang baru saja menekan Anda. Pastikan ada orang yang Anda percaya yang tahu di mana Anda berada.

the-journey-end-embassy = Kedutaan menyuruh Anda tetap di dalam terminal, dan mengirim seseorang untuk menemui Anda. Anda menceritakan tentang mobil itu. Petugas Thailand menghentikannya sebelum berangkat, dengan tiga calon pekerja lain masih di dalamnya. Perusahaan itu tidak punya izin kerja untuk siapa pun. Kalian semua terbang pulang, dengan paspor di saku sendiri.

## Jalan ke arah barat laut

the-journey-van-road = Mobil itu melaju ke arah barat laut selama berjam-jam. Bangkok sudah jauh di belakang.
    .discuss = Pekerjaannya baru saja pindah. Apa yang masih bisa Anda lakukan dari dalam mobil?
the-journey-van-change = { $contact } menoleh: "Ada perubahan sedikit. Kantornya sekarang bukan di Bangkok. Dekat Mae Sot. Gedung baru, perusahaan lebih besar. Kerjanya sama."
the-journey-van-whisper = Perempuan di sebelah Anda berbisik: "Mae Sot itu di perbatasan. Kata sepupu saya, dari sana orang menyeberang sungai."
the-journey-van-share-location = Diam-diam bagikan lokasi terkini Anda ke { $relative } Anda: "Tempat kerjanya diganti. Telepon kedutaan kalau aku berhenti membalas."
    .feedback = Pekerjaan yang pindah setelah Anda setuju, dan pindah ke arah perbatasan, adalah tanda bahaya yang serius. Lokasi Anda dan kata "kedutaan" memberi keluarga Anda sesuatu untuk ditindaklanjuti.
the-journey-van-call-relative = Kirim pesan ke { $relative } Anda, yang sudah memegang tiket Anda: "Bukan Bangkok. Mae Sot. Telepon kedutaan." Bagikan lokasi terkini Anda
    .feedback = Pekerjaan yang pindah setelah Anda setuju, dan pindah ke arah perbatasan, adalah tanda bahaya yang serius. Keluarga Anda sudah memegang tiket dan nomor perekrut, jadi pesan ini cukup bagi mereka untuk bertindak.
the-journey-van-ask-stop = Minta { $contact } berhenti: Anda ingin kembali ke Bangkok
    .feedback = Anda melihatnya: pekerjaan pindah tanpa persetujuan Anda, menuju perbatasan. { $contact } tertawa dan bilang sudah terlambat, dan van tidak berhenti. Bertanya itu benar; jawabannya memberi tahu Anda bahwa Anda tidak lagi bebas pergi, dan itulah saatnya mencari cara apa pun untuk memberi tahu seseorang di luar.
the-journey-van-stay-quiet = Diam saja. Ini masih di Thailand, dan perusahaan yang lebih besar bisa berarti gaji lebih besar
    .feedback = Pekerjaannya pindah tanpa persetujuan Anda, ke arah perbatasan. Ini sudah direncanakan sejak awal: Thailand berubah menjadi Myanmar atau Kamboja sedikit demi sedikit, supaya tidak ada satu langkah pun yang terasa besar.

the-journey-checkpoint-stop = Dua jam kemudian, mobil melambat di sebuah pos pemeriksaan di jalan. Seorang petugas berjalan menyusuri mobil, memperhatikan wajah-wajah penumpang.
the-journey-checkpoint-text = HP Anda bergetar. Dari { $relative } Anda: "Aku sudah telepon kedutaan. Mereka sudah memberi tahu petugas Thailand soal mobilmu. Bicaralah!"
the-journey-checkpoint-order = { $contact } berkata pelan: "Kalau ditanya, kita turis yang mau ke pasar. Jangan bilang apa-apa lagi."
the-journey-checkpoint-speak-up = Buka jendela dan katakan: "Kami datang untuk kerja di Bangkok. Mereka membawa kami ke perbatasan."
    .feedback = Anda melihat ke mana jalan ini menuju: ke perbatasan yang tidak bisa Anda seberangi secara sah. Petugas yang sudah mencari mobil ini adalah orang yang tepat untuk diberi tahu.
the-journey-checkpoint-show-phone = Tempelkan ponsel ke jendela dengan pesan dari { $relative } Anda di layar
    .feedback = Anda melihat ke mana jalan ini menuju, dan menemukan cara bicara tanpa kata. Petugas yang sudah mencari van itu tahu arti pesannya.
the-journey-checkpoint-stay-silent = Jangan bilang apa-apa. { $contact } ada tepat di sebelah Anda
    .feedback = Takut di saat seperti itu wajar, dan diam bukan salah Anda. Tetapi bantuan sering hanya datang sesaat, dan diam membuat kesempatan itu lewat.

the-journey-checkpoint-alone-stop = Dua jam kemudian, mobil melambat di sebuah pos pemeriksaan di jalan. Seorang petugas berjalan menyusuri mobil, memperhatikan wajah-wajah penumpang.
the-journey-checkpoint-alone-order = { $contact } berkata pelan: "Kalau ditanya, kita turis yang mau ke pasar. Jangan bilang apa-apa lagi."
the-journey-checkpoint-alone-speak-up = Buka jendela dan katakan: "Kami datang untuk kerja di Bangkok. Mereka membawa kami ke perbatasan."
    .feedback = Anda melihat ke mana jalan ini menuju, dan mengatakannya keras-keras kepada petugas. Itulah yang harus dilakukan, dan itu butuh keberanian.
the-journey-checkpoint-alone-ask-toilet = Minta izin ke toilet di pos pemeriksaan, dan beri tahu petugas di sana, jauh dari { $contact }
    .feedback = Anda melihat ke mana jalan ini menuju, dan menemukan cara bicara dengan petugas tanpa didengar { $contact }. Itu hati-hati dan berani.
the-journey-checkpoint-alone-stay-silent = Jangan bilang apa-apa. { $contact } ada tepat di sebelah Anda
    .feedback = Takut di saat seperti itu wajar, dan diam bukan salah Anda. Tetapi bantuan sering hanya datang sesaat, dan diam membuat kesempatan itu lewat.

the-journey-waved = Petugas itu mendengarkan. Lalu dia berjalan ke depan van dan bicara lama dengan { $contact }. Sesuatu berpindah tangan. Palang terangkat. Tak seorang pun di van bicara. Malam itu, di sungai tanpa pos perbatasan, tidak ada kesempatan menolak: empat laki-laki, perahu kecil, ponsel Anda di tas mereka.

the-journey-end-checkpoint = Anda bicara, dan petugas itu membuka pintu mobil. Karena { $relative } Anda sudah menelepon kedutaan, para petugas tahu apa yang harus dicari. Kalian berempat diturunkan dari mobil dan dirawat, dan { $contact } diperiksa. Kedutaan Anda membantu Anda pulang.

## Sungai dekat Mae Sot

the-journey-river-night = Malam. Mobil berhenti di ujung jalan tanah. Anda mendengar suara air.
    .discuss = Apa yang menunjukkan bahwa ini bukan cara yang biasa untuk pergi bekerja?
the-journey-river-bank = Tidak ada pos perbatasan di sini. Tidak ada bendera, tidak ada petugas, tidak ada cap. Hanya sebuah perahu kecil dan dua laki-laki yang menunggu.
the-journey-river-phones = { $contact }: "HP masuk tas, cuma selama menyeberang. Kantornya di seberang. Cepat, cepat."
the-journey-river-get-in = Serahkan HP Anda dan naik ke perahu, seperti yang lain
    .feedback = Pekerjaan tidak pernah dimulai dengan menyeberang sungai di malam hari, jauh dari pos perbatasan. Menyeberang tanpa cap membuat Anda berada di negara lain tanpa dokumen, dan itulah yang diinginkan para pelaku perdagangan orang.
the-journey-river-refuse-boat = Tolak. Bilang Anda tidak mau menyeberang perbatasan tanpa lewat pos perbatasan
    .feedback = Anda melihatnya: penyeberangan tidak resmi, di malam hari, dengan HP diambil. Di seberang sungai ini ada kompleks-kompleks penipuan di sekitar Myawaddy. Menolak di sini itu berat dan berani.
the-journey-river-last-message = Berbalik sebentar. Kirim ke { $relative } Anda lokasi terkini dan pesan "Sungai dekat Mae Sot. Telepon kedutaan." Lalu serahkan HP-nya
    .feedback = Anda melihat penyeberangan ini apa adanya. Bahkan saat Anda tidak bisa menghentikan apa yang sedang terjadi, sebuah lokasi dan kata "kedutaan" di tangan yang tepat bisa mengubah apa yang terjadi selanjutnya.

the-journey-riverbank-angry = Kamu mau tinggal di sini sendirian? Dalam gelap?
the-journey-riverbank-owe = Kamu utang ${ $debt } ke perusahaan. Tiket pesawat, visa, hotel. Bayar sekarang, atau naik.
the-journey-riverbank-walk-away = Pegang paspor Anda erat-erat, berjalan kembali ke jalan raya, dan telepon kedutaan Anda
    .feedback = "Utang" itu dikarang di tempat: Anda tidak berutang apa pun kepada orang yang membohongi Anda soal pekerjaan. Kedutaan punya saluran darurat untuk malam seperti ini.
the-journey-riverbank-walk-away-no-passport = Berjalan kembali ke jalan raya dan telepon kedutaan Anda. Mereka bisa membantu meskipun paspor Anda tidak ada
    .feedback = Tanpa paspor Anda mungkin merasa terjebak, dan karena itulah mereka mengambilnya. Tetapi kedutaan Anda bisa memastikan identitas Anda dan memberi dokumen perjalanan darurat. "Utang" itu dikarang: Anda tidak berutang apa pun kepada mereka.
the-journey-riverbank-call-relative = Telepon { $relative } Anda, katakan persis di mana Anda, dan tetap tersambung sambil berjalan kembali ke jalan
    .feedback = "Utang" itu dikarang di tempat, dan Anda tidak berutang apa pun. Suara di telepon, dan seseorang di rumah yang tahu di mana Anda, membuat perjalanan kembali lebih aman, dan { $relative } Anda bisa menelepon saluran darurat kedutaan sementara Anda berjalan.
the-journey-riverbank-give-up = Naik ke perahu. Rasanya tidak ada pilihan lain
    .feedback = Ancaman, gelap, dan utang yang dikarang bisa membuat siapa pun merasa tidak punya pilihan. Para pelaku perdagangan orang sengaja menciptakan perasaan itu. Ini bukan kegagalan Anda.

the-journey-end-riverbank = Anda berjalan kembali ke jalan raya dalam gelap dan menelepon kedutaan. Mereka menyuruh Anda menunggu di dekat lampu dan keramaian, dan meminta petugas Thailand menjemput Anda. Menjelang pagi Anda sudah aman. Utang itu dikarang: Anda tidak berutang apa pun. Kedutaan membantu Anda pulang.

the-journey-end-crossed = Perahu itu menyeberangi sungai ke Myawaddy, di Myanmar. Tanpa cap, tanpa dokumen, dan di seberang sebuah kompleks berpenjaga sudah menunggu. Ini kejahatan para pedagang orang, bukan kesalahan Anda. Orang yang ditahan di kompleks seperti ini memang bisa keluar: sebagian setelah keluarga atau kedutaan mereka diberi tahu, sebagian saat kompleks itu digerebek atau dipaksa melepaskan orang.

the-journey-end-crossed-alerted = Perahu itu menyeberang ke Myawaddy, dan ponsel Anda diambil. Tetapi { $relative } Anda punya lokasi Anda dan kata "kedutaan", dan menelepon malam itu juga. Berminggu-minggu kemudian, setelah kedutaan Anda dan sebuah kelompok bantuan tepercaya mendesak, Anda termasuk kelompok yang dilepaskan dan dibawa kembali ke Thailand. Lalu berminggu-minggu pemilahan dan dokumen sebelum Anda bisa terbang pulang, dengan hak diperlakukan sebagai korban, bukan penjahat. Satu pesan membuat perbedaan.

the-journey-end-waved = Perahu menyeberang ke Myawaddy. Di pos pemeriksaan Anda melakukan persis apa yang diajarkan permainan ini: Anda melihat ke mana jalan itu menuju, dan memberi tahu petugas. Dia sudah dibayar untuk pura-pura tidak melihat; pejabat yang menerima uang dari pelaku perdagangan orang adalah bagian dari cara rute ini bekerja. Ini bukan salah Anda, dan bersuara tidak sia-sia: { $relative } Anda punya lokasi Anda, dan kedutaan bisa mempertanyakan kenapa van itu dibiarkan lewat. Orang yang ditahan di kompleks ini memang bisa keluar, sebagian setelah keluarga atau kedutaan mereka diberi tahu.
