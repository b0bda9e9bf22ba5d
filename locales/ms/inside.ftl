# Machine-drafted translation: needs review by a native speaker.
inside-title = Di dalam pusat penipuan
inside-summary = Anda ditahan di pusat penipuan dan dipaksa bekerja. Siapa yang boleh anda percayai, dan bagaimana anda boleh menyampaikan berita ke luar dengan selamat?
inside-content-note = Cerita ini berlatarkan sebuah pusat penipuan. Ia menyebut tentang ugutan, "bilik hukuman" dan tuntutan wang tebusan, tetapi tidak menunjukkan keganasan. Anda boleh berhenti seketika atau keluar pada bila-bila masa dengan q.

## Characters

inside-character-leader = Ketua pasukan
inside-character-target = { $target }
inside-character-embassy = Talian kecemasan kedutaan
inside-character-relative = { $relative } anda

## Variables

inside-who-wei-ling = Wei Ling, seorang graduan perniagaan dari Malaysia yang boleh berbahasa Cina
inside-who-nuwan = Nuwan, seorang pekerja IT dari Sri Lanka
inside-who-ayu = Ayu, seorang penyambut tetamu hotel dari Indonesia
inside-who-samuel = Samuel, seorang graduan jualan dari Ethiopia

inside-place-myawaddy = Myawaddy, di Myanmar
inside-place-sihanoukville = Sihanoukville, di Kemboja
inside-place-golden-triangle = zon Segi Tiga Emas, di Laos

inside-coworker-min = Min
inside-coworker-joy = Joy
inside-coworker-ravi = Ravi
inside-coworker-dina = Dina

inside-target-margaret = Margaret
inside-target-david = David
inside-target-helen = Helen
inside-target-kenji = Kenji

inside-relative-sister = kakak
inside-relative-brother = abang
inside-relative-mother = ibu
inside-relative-uncle = bapa saudara

## The first days

inside-start-who = Anda ialah { $who }. Dua bulan lalu, anda menjawab iklan dalam talian untuk kerja khidmat pelanggan di luar negara.
    .discuss = Orang yang ditahan di pusat penipuan selalunya muda, berpelajaran dan mahir menggunakan komputer. Kenapa bos mahukan mereka?
inside-start-compound = Kini anda tinggal dan bekerja di sebuah pusat penipuan di { $place }. Tembok tinggi berkawat duri. Pengawal bersenjata di pintu pagar. Kamera di setiap koridor.
inside-start-taken = Pada hari pertama, mereka mengambil pasport dan telefon anda "untuk disimpan dengan selamat". Anda diberi telefon kerja yang penuh dengan profil palsu.

inside-boss-passport = Pasport awak saya simpan. Ia selamat. Awak dapat balik bila kontrak awak tamat.
    .discuss = Bagaimana pasport, hutang dan kuota bekerjasama untuk menahan seseorang di sini?
inside-boss-debt = Awak berhutang ${ $debt } dengan syarikat. Tiket, visa, makan, katil. Nak keluar? Bayar dulu.
inside-boss-quota = Setiap hari, kenalan baharu dan duit baharu. Tak capai sasaran, awak kena denda. Tak capai lagi, awak masuk bilik hukuman. Atau saya jual awak kepada syarikat lain.
inside-boss-try-pay = Angguk. Jika anda bekerja keras, mungkin anda boleh melunaskannya dan pulang
    .feedback = Hutang itu rekaan, dan ia terus bertambah: denda kerana sasaran tidak dicapai, makanan, "yuran". Ia dibina supaya tidak pernah habis dibayar. Berharap dapat bekerja untuk melunaskannya adalah biasa, dan itulah yang mereka mahu anda fikirkan.
inside-boss-see-trap = Angguk, dan kira dalam kepala: denda bertambah lebih cepat daripada gaji apa pun
    .feedback = Betul. Hutang kerana diperdagangkan bukan hutang sebenar: ia rantai yang dibuat daripada angka, dan kuota dengan dendanya ialah kuncinya. Menyedarinya membuat anda mencari cara selamat menghantar berita, bukan cara membayar.

inside-call-phone = Selepas seminggu, ketua pasukan memberikan telefon anda sendiri selama lima minit. Dia berdiri betul-betul di sebelah anda.
    .discuss = Bagaimana anda boleh memberitahu keluarga sesuatu tanpa disedari oleh orang yang sedang mendengar?
inside-call-listen = "Telefon keluarga awak. Cakap awak sihat. Kerja bagus, gaji bagus. Itu saja."
inside-call-slip-place = Katakan anda sihat. Kemudian tambah, secara bersahaja, nama bandar itu, dan bahawa syarikat "menyimpan pasport anda"
    .feedback = Anda nampak kenapa mereka mengambil pasport dan telefon anda: untuk memutuskan hubungan anda. Nama bandar dan "mereka simpan pasport saya" banyak memberitahu keluarga anda. Ambil risiko yang anda rasa selamat sahaja.
inside-call-say-only = Katakan tepat seperti yang dia mahu. Tidak selamat untuk mengambil risiko lebih hari ini
    .feedback = Menjaga keselamatan diri ialah sebab yang baik. Akan ada peluang lain untuk menyampaikan berita ke luar.
inside-call-believe = Katakan, dan separuh mempercayainya. Mungkin mereka memang menyimpan pasport anda dengan selamat
    .feedback = "Untuk disimpan dengan selamat" kedengaran prihatin, dan sebab itulah ia berkesan. Pasport dan telefon anda diambil supaya anda tidak boleh keluar atau meminta bantuan. Majikan sebenar tidak menyimpan kedua-duanya.

## The desk

inside-desk-chat = Di meja anda, telefon kerja menunjukkan sembang dengan { $target }, seorang pesara yang tinggal seorang diri, jauh di negara lain. Selama dua minggu anda bersembang sebagai orang palsu.
    .discuss = Pilihan apa yang masih ada bagi seseorang yang dipaksa menipu orang lain?
inside-desk-script = Hari ini skrip berkata: bercakap tentang aplikasi kripto yang "membuat anda kaya". Minta { $target } mencubanya dengan jumlah yang kecil.
inside-desk-behind = Anda ketinggalan daripada kuota. Ketua pasukan lalu di meja anda dua kali.
inside-desk-follow-script = Ikut skrip. Tidak mencapai kuota bermakna denda, atau lebih teruk
    .feedback = Anda melakukan apa yang dipaksa, di bawah ancaman denda dan bilik hukuman. Itu bukan salah anda: PBB menggelar orang dalam kedudukan anda mangsa, bukan penjenayah. Kosnya nyata: { $target } makin terjerat, dan sasaran hanya akan meningkat.
inside-desk-slow-down = Kekalkan sembang yang mesra, tetapi jangan sebut wang langsung. Laporkan "tiada kemajuan hari ini"
    .feedback = Melakukan sesedikit mungkin kemudaratan itu berani, dan ada kosnya: sasaran yang tidak dicapai membawa denda dan ancaman. Apa pun pilihan anda di sini, anda memilih di bawah ancaman, dan tiada satu pun salah anda.
inside-desk-warn-target = Ambil risiko: diam-diam beritahu { $target } supaya jangan sekali-kali memasukkan wang ke dalam aplikasi yang dicadangkan oleh seseorang dalam talian
    .feedback = Sembang sering diperiksa, jadi ini risiko sebenar. Tetapi satu mesej boleh menyelamatkan simpanan seumur hidup seseorang.

inside-warn-why = Kenapa awak beritahu saya semua ni?
inside-warn-son = Anak lelaki saya kata sembang ni pelik. Terima kasih kerana jujur.
inside-warn-okay = Awak okey? Awak boleh beritahu saya.
inside-warn-tell-truth = Beritahu { $target } perkara sebenar: anda ditahan di { $place }, dan anda perlukan seseorang untuk menghubungi kedutaan anda
    .feedback = Risiko yang besar, dan ia boleh berhasil: orang yang sedang ditipu pernah membantu orang di dalam pusat penipuan ditemui. Berikan hanya apa yang perlu: nama anda, di mana anda berada, dan "kedutaan".
inside-warn-just-warn = Tulis: "Tolong berhati-hati. Jangan sekali-kali hantar wang kepada sesiapa yang awak kenal dalam talian." Kemudian padam sembang itu
    .feedback = Anda melindungi { $target }, dan diri anda sendiri. Diam-diam memberi amaran kepada orang yang anda disuruh tipu ialah satu cara untuk melawan.
inside-warn-how-it-began = Beritahu { $target } bagaimana ia bermula: mesej pertama anda, "maaf, salah nombor", ditulis oleh skrip
    .feedback = Kini { $target } tahu langkah pertama, bukan hanya yang terakhir. Orang asing yang menghantar mesej "tersilap" dan terus berbual ialah permulaan banyak penipuan seperti ini, dan kompaun menulis mesej itu ke dalam skrip mereka. Ia satu risiko, dan ia juga boleh melindungi kawan-kawan { $target }.

inside-end-target-helped = { $target } tidak menghantar sebarang wang. Anak lelaki { $target } melaporkan perbualan itu, dan menulis kepada kedutaan anda dengan nama anda dan tempat anda ditahan. Ia mengambil masa berminggu-minggu, tetapi kedutaan menemui dan mengeluarkan anda, diikuti berminggu-minggu saringan dan dokumen sebelum anda dapat terbang pulang. Satu mesej jujur menyelamatkan simpanan { $target }, dan membantu membawa anda pulang.

## The wall

inside-wall-plan = Malam itu, dua lelaki dari tingkat anda membisikkan satu rancangan: memanjat pagar belakang selepas tengah malam. Mereka mengajak anda ikut.
inside-wall-fence = Pagar itu setinggi tiga meter, dengan kawat berduri di atasnya. Ada kamera di setiap sudut.
inside-wall-guards = Pada waktu malam, pengawal bersenjata meronda di sepanjang jalan di luar.
inside-wall-climb = Ikut mereka. Mungkin ini satu-satunya peluang
    .feedback = Ada orang yang pernah melarikan diri melalui pagar dan mendapat bantuan. Tetapi ia juga sangat berbahaya: tembok, kamera dan pengawal bersenjata ada untuk menghalangnya, dan yang ditangkap akan dihukum. Cuba keluar tidak pernah menjadi kesilapan yang patut anda salahkan diri sendiri.
inside-wall-stay = Tinggal. Doakan mereka, dan cari cara yang lebih selamat untuk menyampaikan berita ke luar
    .feedback = Tinggal juga pilihan di bawah ancaman, dan ada kosnya sendiri: lebih banyak hari di dalam. Bantuan dari luar, daripada kedutaan, NGO atau keluarga anda, ialah cara ramai orang dapat keluar.

inside-caught-back = Pengawal sudah menunggu di pagar. Kamu bertiga dibawa balik sebelum subuh.
inside-caught-room = Dua lelaki itu dibawa ke bilik hukuman. Ketua pasukan memberitahu anda bahawa anda orang seterusnya jika perkara ini berulang.
inside-caught-idea = Dia menambah denda pada hutang anda. Kemudian dia berkata dia ada idea yang lebih baik.

## Whom to trust

inside-offer-phone = Semasa makan tengah hari, { $coworker }, yang duduk di sebelah anda, berbisik: "Saya ada telefon. Disorok. Awak boleh guna dua minit malam ni, dalam bilik air. Jangan beritahu sesiapa."
    .discuss = Tiga orang menawarkan bantuan. Bagaimana anda boleh tahu siapa yang boleh dipercayai?
inside-offer-guard = Kemudian, seorang pengawal yang sentiasa mesra berkata: "Awak nak balik? Tulis surat kepada saya. Sepupu saya polis di bandar. Dia akan tolong awak."
inside-offer-accept-phone = Terima telefon { $coworker }, dan ucapkan terima kasih
    .feedback = { $coworker } juga ditahan di sini, mengambil risiko untuk membantu anda, dan tidak meminta apa-apa balasan. Orang di dalam saling membantu ialah cara banyak berita sampai ke luar.
inside-offer-give-letter = Berikan surat itu kepada pengawal. Polis kedengaran rasmi
    .feedback = Pengawal itu bekerja untuk pusat penipuan. Berhampiran pusat penipuan, polis tempatan mungkin berhubung dengan bos, dan mangsa yang terselamat berkata mesej disampaikan semula kepada mereka. Laluan yang lebih selamat ialah kedutaan anda, talian bantuan kebangsaan, NGO yang dipercayai atau keluarga anda.
inside-offer-wait = Tolak semuanya, buat masa ini. Rasanya terlalu berisiko
    .feedback = Menunggu ialah pilihan yang sebenar, dan keselamatan anda penting. Apabila peluang seterusnya tiba, ingat laluan yang boleh dipercayai: kedutaan anda, talian bantuan kebangsaan, NGO yang dipercayai, keluarga anda.

inside-phone-bathroom = Malam. Bilik air. Telefon { $coworker } terasa hangat di tangan anda. Satu bar isyarat. Dua minit.
    .discuss = Dua minit, satu mesej. Siapa yang boleh membantu dari luar, dan apa yang mereka perlu tahu?
inside-phone-who = Siapa yang anda hubungi?
inside-phone-local-police = Cari halaman balai polis tempatan dan hantar mesej kepada mereka
    .feedback = Ia terasa seperti tindakan yang betul. Tetapi berhampiran pusat penipuan, polis tempatan mungkin berhubung dengan bos, dan mangsa yang terselamat berkata mesej disampaikan semula kepada mereka. Kedutaan anda, talian bantuan kebangsaan, NGO yang dipercayai atau keluarga anda lebih selamat.
inside-phone-embassy = Cari nombor kecemasan kedutaan anda di laman web rasminya, dan hantar mesej
    .feedback = Pilihan yang baik. Kedutaan ada talian kecemasan untuk rakyat yang dalam bahaya, dan mereka bekerjasama dengan NGO yang dipercayai dan pihak berkuasa. Ambil nombor itu dari laman web rasmi sahaja.
inside-phone-family = Hantar mesej kepada { $relative } anda: di mana anda berada, nama syarikat, dan "hubungi kedutaan"
    .feedback = Pilihan yang baik. Keluarga anda boleh menghubungi kedutaan dan talian bantuan kebangsaan bagi pihak anda, dan terus menghubungi mereka. Nama tempat dan nama syarikat memberi mereka sesuatu untuk bertindak.

inside-leaked-office = Dua hari kemudian, ketua pasukan memanggil anda ke pejabatnya.
inside-leaked-shown = Di atas mejanya ada apa yang anda tulis kepada polis. "Kawan saya di balai bagi kepada saya," katanya. "Polis kawan saya."
inside-leaked-idea = Dia menambah denda pada hutang anda. Kemudian dia berkata dia ada idea yang lebih baik.

## The ransom

inside-demand-buy = Awak tak suka di sini? Okey. Keluarga awak boleh tebus awak. ${ $ransom }.
    .discuss = Apa yang patut dilakukan oleh keluarga apabila menerima tuntutan seperti ini?
inside-ransom-call = Awak telefon mereka sekarang. Suruh mereka bayar, cepat. Saya dengar.
inside-demand-sell = Kalau mereka tak bayar, saya jual awak kepada syarikat lain. Lebih teruk daripada sini.
inside-demand-if-they-pay = Fikir: kalau keluarga saya bayar, dia akan lepaskan saya. Mungkin itu jalan keluarnya
    .feedback = Sesiapa pun akan berharap begitu, dan itulah yang dia mahu anda percaya. Wang tebusan yang dibayar seorang diri jarang menamatkannya: ia menunjukkan kepada bos bahawa keluarga anda boleh mencari wang, dan harganya naik. Ugutan kepada anda dan tuntutan kepada keluarga anda ialah cara kompaun mengawal orang.
inside-demand-see-lever = Fikir: jika mereka bayar sekali, apa yang akan menghalangnya meminta lagi?
    .feedback = Betul. Hukuman, ugutan dan tuntutan wang tebusan ialah alat kawalan, dan yang ini ditujukan kepada orang yang menyayangi anda. Keluarga yang pergi ke kedutaan atau NGO yang dipercayai dahulu sebelum menghantar apa-apa jauh lebih sukar diperas.
inside-demand-not-alone = Fikir: apa pun yang dia paksa saya katakan, keluarga saya masih boleh bawa tuntutan ini ke kedutaan
    .feedback = Ya. Apa yang anda katakan ketika dia mendengar bukanlah apa yang perlu dilakukan oleh keluarga anda. Tuntutan wang tebusan, bersama nombor asalnya, ialah tepat apa yang diperlukan oleh kedutaan atau NGO, dan tiada keluarga perlu menghadapinya seorang diri.
inside-ransom-beg-pay = Merayu kepada { $relative } anda supaya membayar, secepat mungkin
    .feedback = Anda berkata apa yang dituntut lelaki yang berdiri di sebelah anda. Itu bukan salah anda. Kosnya jatuh pada keluarga anda: tebusan yang dibayar bersendirian sering membawa lebih banyak tuntutan. Mereka masih boleh membawa tuntutan itu ke kedutaan atau NGO yang dipercayai sebelum menghantar apa-apa.
inside-ransom-embassy-first = Katakan apa yang dia mahu. Kemudian tambah: "Minta kedutaan tolong uruskan pemindahan wang"
    .feedback = Semasa dia mendengar, anda membuat permintaan bantuan kedengaran seperti minta tolong membayar. Itu risiko yang diambil di bawah ancaman. Kedutaan yang tahu sebelum wang bergerak boleh melindungi anda dan keluarga.
inside-ransom-remind = Katakan hanya apa yang dia mahu. { $relative } anda sudah mendengar nama bandar itu dan "mereka simpan pasport saya"
    .feedback = Berkata hanya apa yang dia tuntut membuat anda sedapat mungkin selamat. Butiran kecil yang anda sebut dalam panggilan pertama kini berguna: keluarga anda boleh membawanya, bersama tuntutan tebusan, ke kedutaan.

inside-paid-sent = Keluarga anda meminjam wang itu dan menghantarnya.
inside-paid-more = Ketua pasukan tersenyum. Seminggu kemudian, dia berkata harganya sudah naik.

inside-family-acts-went = { $relative } anda tidak menghantar wang itu. Sebaliknya, tuntutan itu dan nombor yang menghantarnya terus dibawa ke kedutaan anda dan talian bantuan antipemerdagangan manusia kebangsaan.
inside-family-acts-wait = Kedutaan bekerjasama dengan NGO yang dipercayai di { $place }. Selama berminggu-minggu, seolah-olah tiada apa yang berlaku. Kemudian pada suatu pagi, nama-nama dibacakan di pintu pagar. Nama anda salah satu daripadanya.

## Word gets out

inside-embassy-reply-got = Kami sudah terima mesej anda. Anda tidak bersalah. Kami di sini untuk membantu.
inside-embassy-reply-need = Jika boleh, hantar pin lokasi, nama pusat penipuan atau bangunan, dan berapa ramai orang yang ditahan bersama anda.
inside-embassy-reply-safe = Tolong jangan pergi ke polis tempatan. Padam sembang ini selepas itu. Kami bekerjasama dengan NGO yang dipercayai dan pihak berkuasa.
inside-embassy-reply-send-all = Hantar pin, nama bangunan, dan bahawa kira-kira empat puluh orang dari pelbagai negara ditahan di tingkat anda
    .feedback = Bilangan dan kewarganegaraan membolehkan beberapa kedutaan bertindak bersama, dan orang sering dibebaskan secara berkumpulan. Ia mengambil beberapa saat lagi, dan boleh membantu orang yang anda tidak pernah bercakap dengannya.
inside-embassy-reply-send-mine = Hantar butiran anda sendiri sahaja, cepat. Dua minit hampir habis
    .feedback = Butiran anda sendiri sudah cukup untuk bermula. Setiap mesej yang sampai ke kedutaan menjadikan pusat itu lebih mudah ditemui.

inside-family-reply-got = Saya dah terima. Saya sayang kamu. Jangan balas kalau tak selamat.
inside-family-reply-calling = Saya sedang hubungi kedutaan dan talian bantuan kebangsaan sekarang.
inside-family-reply-ask = Mereka tanya: berapa ramai orang bersama kamu? Bangunan yang mana?
inside-family-reply-send-others = Jawab cepat: kira-kira empat puluh orang, pelbagai negara, bangunan kelabu berbumbung biru
    .feedback = Bilangan dan nama bangunan membantu kedutaan anda, dan kedutaan lain, bertindak untuk semua orang yang ditahan di situ, bukan hanya untuk anda.
inside-family-reply-just-me = Tulis "saya seorang saja, kena pergi", dan pulangkan telefon
    .feedback = Menyampaikan berita tentang diri anda sendiri ialah perkara paling penting, dan keluarga anda kini ada cukup maklumat untuk bertindak. Memulangkan telefon dengan cepat juga menjaga keselamatan { $coworker }.

## Endings

inside-end-rescued = Anda sudah keluar. Kedutaan anda dan NGO yang dipercayai, bekerjasama dengan pihak berkuasa, menjadikannya kenyataan. Apa yang menyusul tidak cepat: berminggu-minggu di rumah perlindungan atau tahanan imigresen, temu duga untuk menentukan siapa mangsa pemerdagangan orang, dan dokumen pengganti pasport. Anda berhak dilayan sebagai mangsa, bukan penjenayah, dan hutang rekaan itu tidak bermakna apa-apa. Pulang ke rumah bukan penamat risiko: perekrut mungkin menghubungi mangsa yang terselamat lagi, jadi simpan nombor kedutaan dan IOM.

inside-end-others-found = Mesej anda memberi kedutaan lebih daripada nama anda. Dengan jumlah orang dan bangunan itu, beberapa kedutaan dan sebuah NGO bekerjasama. Beberapa minggu kemudian, sekumpulan besar orang dilepaskan dari pusat penipuan itu, dan anda salah seorang daripadanya. Kemudian berminggu-minggu saringan dan menunggu dokumen, dengan hak untuk dilayan sebagai mangsa, bukan penjenayah. Orang yang tidak pernah anda bercakap dengannya pulang kerana apa yang anda hantar.

inside-end-still-held = Anda masih di dalam, buat masa ini. Apa pun yang anda dipaksa lakukan, anda bukan penjenayah: PBB menganggap orang dalam keadaan anda sebagai mangsa. Beribu-ribu orang telah diselamatkan selepas keluarga dan kedutaan mereka dimaklumkan. Setiap mesej yang sampai ke luar, daripada anda atau orang lain, mendekatkan hari itu.

inside-first-night-look = Malam itu, dari tingkap bilik, anda mengira pengawal di pintu pagar dan kamera di dinding.

inside-first-night-see-prison = Fikir: pengawal di pintu pagar menghadap ke dalam, ke arah kami
    .feedback = Anda membacanya dengan betul. Tembok, pengawal dan kamera ada untuk menahan orang di dalam, bukan menghalang bahaya di luar. Melihatnya dengan jelas ialah langkah pertama untuk mencari cara selamat menghantar berita keluar.

inside-first-night-for-safety = Fikir: kawasan ini mesti berbahaya. Mungkin pengawal ada untuk melindungi pekerja
    .feedback = Itulah kata para bos, dan mudah dipercayai apabila anda jauh dari rumah dan takut. Tetapi pengawal yang menghadap ke dalam, tembok berkawat dan kamera di setiap koridor ada untuk menghalang orang pergi.

## The catalogue's red flags, in this story's setting

inside-redflag-wrong-number = "Salah nombor" di dalam skrip
    .explain = Banyak penipuan seperti ini bermula dengan mesej yang seolah-olah dihantar tersilap, dan skrip di kompaun memang ditulis begitu. Balasan sopan kepada orang asing sudah cukup untuk memulakan berminggu-minggu sembang mesra yang berakhir dengan permintaan wang.
    .advice = Jika orang asing terus berbual selepas anda kata salah nombor, berhenti membalas dan sekat dia, dan jangan sekali-kali terima nasihat wang daripada orang yang anda kenal melalui mesej sahaja. Jika anda dipaksa menghantar mesej seperti itu, beri amaran apabila selamat dan sampaikan berita kepada kedutaan anda: apa yang anda dipaksa hantar bukan salah anda.

## Pilihan baharu (siapa yang boleh dipercayai)

inside-character-ngo = Pegawai kes, NGO antipemerdagangan orang
inside-first-night-first-weeks = Fikir: mungkin ini hanya untuk minggu-minggu pertama, sehingga mereka percaya orang baharu
    .feedback = Memang wajar berharap keadaan akan reda, dan bos pun berkata begitu. Tetapi tiada apa pada tembok atau pengawal itu yang dibina untuk berubah: mereka ada untuk menahan orang selama mana syarikat mahu.
inside-boss-ask-paper = Minta lihat hutang itu secara bertulis
    .feedback = Bertanya itu berisiko, dan ia menunjukkan sesuatu. Dia menunjukkan sehelai kertas dalam bahasa yang anda tidak faham; angkanya ialah apa sahaja yang dia kata. Hutang yang hanya bos boleh baca ialah rantai, bukan hutang.
inside-wall-not-tonight = Minta mereka tunggu beberapa malam, sehingga anda tahu bila pengawal bertukar syif
    .feedback = Anda cuba menjadikan rancangan berbahaya kurang berbahaya. Mereka pergi tanpa anda, atau tidak; apa pun, anda memilih di bawah ugutan, dan tiada satu pun salah anda.

inside-offer-broker = Dan di sudut merokok, seorang lelaki dari pejabat berkata dia mengatur "pertukaran": sebuah syarikat dekat sempadan, makanan lebih baik, dan selepas tiga bulan mereka benarkan anda pulang. Keluarga anda bayar ${ $ransom } kepadanya, yang lain dia uruskan.
inside-offer-transfer = Setuju, dan beri dia nombor keluarga anda. Di mana-mana pun lebih baik daripada di sini
    .feedback = Mahu keluar dari sini walau apa pun harganya memang munasabah. Tetapi "pertukaran" yang keluarga anda bayar kepada orang pejabat ialah cara orang dijual dari satu kompaun ke kompaun lain: pembeli menambah harganya ke dalam hutang anda.
inside-sold-van = { $relative } anda meminjam wang. Seminggu kemudian, sebuah van membawa anda dan tiga orang lagi pada waktu malam, menyusur sungai.
inside-sold-new = Kompaun baharu lebih besar. Ketua pasukan baharu memegang kertas dengan nama anda.
inside-sold-debt = "Kami sudah bayar untuk kamu," katanya. "Hutang kamu di sini ${ $debt } tambah pertukaran."
inside-end-sold = "Pertukaran" itu rupanya jualan. Anda berharap ada jalan keluar, dan seorang lelaki yang tahu harapan itu menjualnya kepada anda; itu bukan salah anda. Anda masih ditahan, keluarga kehilangan wang, dan hutang lebih besar. Orang juga keluar dari kompaun kedua, apabila berita sampai ke kedutaan atau NGO: jalannya sama, dan mesej seterusnya yang sampai ke luar boleh memulakannya.

inside-phone-ngo = Hantar mesej kepada NGO antipemerdagangan orang yang nombornya ditulis { $coworker } pada sekeping kertas
    .feedback = NGO yang mengendalikan kes seperti ini ialah jalan yang membantu, dan { $coworker } mengambil risiko untuk memberi anda nombor itu. Memutuskan sama ada mempercayai kenalan yang tidak kelihatan memang sukar.

inside-ngo-hello = Helo. Kami terima mesej anda. Anda tidak dalam masalah. Kami membantu orang keluar dari kompaun di { $place }, bersama kedutaan.
inside-ngo-never = Kami tidak akan sekali-kali meminta wang daripada anda atau keluarga anda.
inside-ngo-pin = Apabila selamat, hantar pin lokasi dan nama bangunan. Kemudian padam sembang ini.
    .discuss = Bagaimana anda membezakan kenalan ini daripada "sepupu" pengawal atau lelaki yang mengatur "pertukaran"?
inside-ngo-send-pin = Hantar pin dan bangunan sekarang, dan padam sembang
    .feedback = Anda mempercayai kenalan yang tidak meminta apa-apa dan bekerjasama dengan kedutaan anda, dan kali ini kepercayaan itu tepat. Penolong sebenar meminta maklumat, tidak pernah wang.
inside-ngo-check-first = Minta dahulu sesuatu yang boleh anda semak: siapa di kedutaan anda yang mengenali mereka
    .feedback = Soalan yang adil, dan NGO sebenar tidak kisah. Harganya satu malam lagi dengan telefon disorokkan, dan itu pun berisiko.
inside-ngo-delete = Padam. Sesiapa pun boleh mengaku NGO
    .feedback = Selepas "sepupu" pengawal dan lelaki dengan "pertukaran", meragui semua orang memang munasabah. Kenalan ini tidak meminta apa-apa dan menunjukkan jalan ke kedutaan: itulah tanda bantuan sebenar. Tidak mempercayainya ialah pilihan kerana takut, dan itu bukan salah anda.
inside-ngo-checks-fair = Soalan yang adil. Baguslah anda bertanya.
inside-ngo-checks-embassy = Pegawai konsular kedutaan anda mengenali pejabat kami. { $relative } anda boleh menelefon kedutaan dan bertanya tentang kami. Hantar pin apabila anda rasa selamat.
inside-ngo-works-days = Anda menghantar pin dan warna bangunan. Sepuluh hari berlalu, tiada apa-apa. Anda menunduk dan mencapai kuota sebaik mungkin.
inside-ngo-works-gate = Kemudian, pada suatu pagi, pegawai dari ibu negara dan seorang wanita dari NGO itu berada di pintu pagar, dengan senarai nama. Nama anda ada di dalamnya.
inside-end-ngo = Anda sudah keluar, kerana anda mempercayai kenalan yang layak dipercayai: ia tidak meminta apa-apa, dan bekerjasama dengan kedutaan anda. Kemudian datang berminggu-minggu di rumah perlindungan, temu duga saringan dan dokumen baharu; anda berhak dilayan sebagai mangsa, bukan penjenayah, dan hutang rekaan itu tiada makna. Menyemak siapa yang boleh dipercayai tidak sama dengan tidak mempercayai sesiapa. Perekrut mungkin menghubungi mangsa yang terselamat lagi: simpan nombor NGO dan kedutaan anda.

inside-embassy-reply-wait-safer = Tunggu sampai malam esok untuk menghantar pin, apabila koridor lebih sunyi
    .feedback = Menunggu saat yang lebih selamat ialah sikap berhati-hati, dan pilihan yang munasabah. Bukan salah anda syarikat bertindak dahulu.
inside-family-reply-name-coworker = Tambah nama dan negara { $coworker }, supaya dia juga dicari
    .feedback = { $coworker } mengambil risiko untuk anda, dan kini anda mengambil risiko untuknya. Nama dan kewarganegaraan membolehkan kedutaan bertindak untuk lebih daripada seorang.

inside-transfer-dawn = Sebelum subuh, pengawal masuk dari bilik ke bilik dengan senarai. Tiga puluh orang, termasuk anda, disuruh berkemas.
inside-transfer-vans = Van menunggu di pintu pagar. "Syarikat baharu," kata ketua pasukan. "Mereka sudah bayar untuk kamu."
inside-transfer-memorise = Perhatikan jalan, dan ingat setiap papan tanda yang dilalui
    .feedback = Anda melakukan apa yang boleh di bawah ugutan. Apa sahaja yang anda ingat boleh membantu orang menemui anda nanti. Tiada satu pun salah anda.
inside-transfer-tell-coworker = Bisik kepada { $coworker }: "Kalau boleh, beritahu mereka ke mana aku dibawa"
    .feedback = Risiko yang diambil di bawah ugutan, demi peluang seseorang tahu. Tiada satu pun salah anda.
inside-transfer-head-down = Tundukkan kepala dan diam
    .feedback = Kekal selamat di dalam van ialah pilihan di bawah ugutan, dan pilihan yang wajar. Tiada satu pun salah anda.
inside-end-resold = Anda melakukan segala yang boleh dibuat oleh orang yang berhati-hati: menemui kenalan yang selamat, tidak pergi ke polis tempatan, dan berjaya menghantar berita. Syarikat menjual sekumpulan pekerja sebelum bantuan tiba, dan anda termasuk; itu bukan perbuatan anda. Mesej anda tercatat: kedutaan dan NGO terus mencari, dan ada orang ditemui selepas kompaun kedua dan ketiga. Apabila boleh, hantar berita lagi: jalan yang sama masih membantu.
