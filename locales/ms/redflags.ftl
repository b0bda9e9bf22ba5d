# Machine-drafted translation: needs review by a native speaker.
# The red flags: a short name, why the tactic works on people (.explain), and what to do instead (.advice).
# Ids follow scenarios/redflags.toml: redflag-<id>.

## A. The job advert

redflag-vague-role = Jawatan yang kabur
    .explain = Jawatan seperti "pemasaran digital", "kemasukan data" atau "khidmat pelanggan" kedengaran biasa dan selamat, jadi hampir sesiapa pun boleh membayangkan diri mereka dalam kerja itu. Iklan itu sengaja kabur kerana kerja sebenarnya ialah menipu orang.
    .advice = Minta huraian kerja bertulis serta nama penuh dan alamat majikan. Semak syarikat itu dengan agensi pekerja migran negara anda atau kedutaan negara tersebut.

redflag-pay-too-good = Gaji terlalu tinggi
    .explain = Gaji berkali ganda lebih tinggi daripada kadar tempatan, tanpa perlu pengalaman, memang sukar ditolak, lebih-lebih lagi ketika wang sempit. Sesiapa pun akan tergoda, dan sebab itulah pemerdagang manusia menggunakannya.
    .advice = Bandingkan gaji itu dengan bayaran kerja yang sama di negara sendiri dan di negara tersebut. Jika jauh lebih tinggi dan tidak perlukan kemahiran, semak dengan agensi pekerja migran sebelum anda menjawab.

redflag-all-expenses-paid = Semua kos ditanggung
    .explain = Tiket penerbangan, tempat tinggal, makanan dan visa percuma membuatkan perpindahan terasa mudah dan selamat. Kemudian, kos ini boleh bertukar menjadi hutang yang kononnya perlu anda bayar dengan bekerja.
    .advice = Tanya siapa yang membayar dan sama ada anda akan berhutang apa-apa, dan dapatkan jawapannya dalam kontrak bertulis. Semak tawaran itu dengan agensi pekerja migran atau kedutaan sebelum anda berangkat.

redflag-social-media-ad = Iklan kerja di media sosial
    .explain = Facebook, Instagram, TikTok dan Telegram ialah tempat ramai orang mencari kerja, dan hantaran yang dikongsi ramai orang nampak boleh dipercayai. Agensi berlesen menggunakan saluran rasmi; pemerdagang manusia tidak perlu berbuat begitu.
    .advice = Cari kerja yang sama melalui agensi pengambilan pekerja yang berlesen. Semak lesen agensi itu dengan agensi pekerja migran negara anda.

redflag-no-company-details = Tiada nama syarikat, tiada alamat
    .explain = Tanpa nama syarikat, alamat atau huraian kerja, tiada apa yang boleh anda semak dan tiada siapa yang boleh dipertanggungjawabkan. Orang sering mengisi kekosongan itu dengan harapan.
    .advice = Minta nama berdaftar majikan, alamat dan huraian kerja secara bertulis. Jika mereka tidak mahu memberikannya, jangan pergi.

redflag-friend-vouches = Kawan kata tidak apa-apa
    .explain = Kita mempercayai kawan dan keluarga, jadi tawaran yang datang melalui orang yang kita kenal terasa selamat. Kawan itu mungkin turut mempercayainya, atau mungkin sedang ditekan oleh perekrut.
    .advice = Ucapkan terima kasih kepada kawan anda, kemudian semak sendiri kerja itu dengan agensi pekerja migran atau kedutaan. Kerja yang sebenar masih ada selepas anda menyemaknya.

## B. The recruiter conversation

redflag-chat-only-unlicensed = Hanya sembang, tiada agensi berlesen
    .explain = Perekrut yang hanya berhubung melalui WhatsApp, Telegram atau Messenger boleh hilang bila-bila masa dan tidak meninggalkan sebarang rekod. Kerja di luar negara yang tidak melalui agensi pekerja migran negara anda tidak memberi anda sebarang perlindungannya.
    .advice = Tanya agensi berlesen mana yang menguruskan kerja itu dan semak dengan agensi pekerja migran negara anda, seperti DMW di Filipina. Jika kerja itu tidak diuruskan di sana, jangan pergi.

redflag-chat-interview = Temu duga hanya melalui sembang
    .explain = Sembang ringkas dan ujian menaip terasa seperti berita baik: anda lulus! Tetapi majikan sebenar mahu tahu kemahiran anda dan menerangkan kerja itu dengan jelas.
    .advice = Minta temu duga video yang sebenar dengan majikan, dan tanya untuk siapa dan di mana anda akan bekerja. Panggilan video membantu tetapi boleh dipalsukan, jadi semak juga syarikat itu dengan kedutaan negara tersebut.

redflag-upfront-fee = Bayar yuran dahulu
    .explain = Setelah membayar, sukar untuk berundur, kerana tiada siapa mahu kehilangan wang yang sudah dibayar. Perekrut palsu dan syarikat "pemulihan wang" palsu sama-sama menggunakan taktik ini supaya anda terus mara, satu yuran demi satu yuran.
    .advice = Jangan hantar wang kepada individu untuk mendapatkan kerja di luar negara atau untuk mendapatkan semula wang yang hilang. Tanya agensi pekerja migran anda yuran mana yang sah, tanya bank atau polis sebelum membayar sesiapa yang menjanjikan pemulihan wang, dan sentiasa minta resit rasmi.

redflag-location-changes = Kerja berpindah ke negara lain
    .explain = Berita seperti "rancangan berubah, pejabat kini di Kemboja" datang selepas anda sudah bersetuju, jadi mudah untuk ikut sahaja. Majikan sebenar tidak menukar negara pada saat akhir.
    .advice = Jika negara atau bandar berubah, berhenti dan semak semula dengan agensi pekerja migran dan kedutaan. Beritahu orang yang anda percayai dengan tepat ke mana anda pergi.

redflag-polish-not-proof = Laman web cantik bukan bukti
    .explain = Laman web yang kemas, nombor pendaftaran, logo rasmi dan suara yang mesra dan sabar membuatkan tawaran terasa benar. Penipu tahu hal ini dan meniru syarikat serta agensi sebenar, jadi orang yang berhati-hati dan berpelajaran pun boleh tertipu.
    .advice = Buat semakan melalui saluran rasmi yang anda cari sendiri, bukan melalui pautan, nombor atau dokumen yang mereka hantar: kedutaan, daftar perniagaan negara tersebut, agensi pekerja migran anda, bank anda.

redflag-pressure-no-contract = Desakan dan tiada kontrak
    .explain = Apabila seseorang berkata tempat itu akan hilang esok, sukar untuk berhenti dan berfikir. Perekrut yang marah dengan soalan anda mungkin ada sesuatu untuk disembunyikan.
    .advice = Ambil masa anda, dan jangan sekali-kali berangkat tanpa kontrak bertulis yang menyatakan majikan, kerja, tempat dan gaji. Tawaran yang sebenar boleh menunggu beberapa hari sementara anda menyemaknya.

## C. Travel and arrival

redflag-tourist-visa = Disuruh guna visa pelancong
    .explain = Visa pelancong cepat dan murah, jadi ia kedengaran seperti jalan pintas yang membantu. Tetapi visa itu tidak membenarkan anda bekerja, dan ini menyebabkan anda tiada perlindungan undang-undang.
    .advice = Bekerja di luar negara memerlukan visa kerja. Tanya kedutaan negara tersebut visa apa yang diperlukan untuk kerja itu sebelum anda berangkat.

redflag-coached-to-lie = Disuruh berbohong di lapangan terbang
    .explain = Disuruh berkata "saya bercuti" atau berpura-pura tidak mengenali orang lain mungkin kedengaran seperti helah kecil untuk menjimatkan masa. Tetapi ia juga menghalang pegawai imigresen daripada melihat bahawa anda memerlukan bantuan.
    .advice = Jika seseorang memberitahu apa yang perlu anda katakan kepada pegawai imigresen, berhenti. Beritahu pegawai imigresen perkara sebenar; mereka boleh membantu anda.

redflag-passport-handover = Pasport diambil di lapangan terbang
    .explain = Orang yang membantu dan "menguruskan dokumen" boleh terasa melegakan. Tetapi pasport itu boleh dipulangkan dengan cop atau dokumen palsu, yang menyebabkan anda tiada perlindungan undang-undang, dan orang itu sudah hilang.
    .advice = Jangan sekali-kali serahkan pasport anda kepada sesiapa kecuali pegawai di kaunter. Jika seseorang menawarkan untuk "uruskan" anda keluar negara, tinggalkan mereka dan beritahu pegawai imigresen.

redflag-indirect-route = Laluan yang pelik dan berpusing-pusing
    .explain = Terbang melalui Hong Kong, Singapura, Bangkok atau Dubai, atau menaiki bot "pintu belakang", dikatakan lebih murah atau lebih cepat. Ia juga menyukarkan pegawai, dan keluarga anda, untuk tahu di mana anda berada.
    .advice = Tanya kenapa perjalanan itu tidak terus, dan beritahu orang yang anda percayai setiap langkah perjalanan. Jika anda disuruh menaiki bot atau mengelak pusat pemeriksaan, jangan pergi.

redflag-informal-border = Melintas sempadan secara tidak rasmi
    .explain = Selepas perjalanan yang panjang, mudah untuk mengikut pemandu yang berkata "kita lintas di sini sahaja". Melintas jauh dari pusat pemeriksaan, contohnya dari Thailand ke Myawaddy di Myanmar atau ke zon Segi Tiga Emas di Laos, tidak meninggalkan rekod dan tiada perlindungan.
    .advice = Lintas sempadan hanya di pusat pemeriksaan rasmi, dengan pasport anda dicop. Jika ini berlaku kepada anda, hubungi kedutaan anda sebaik sahaja selamat berbuat demikian.

## D. Inside the compound

redflag-passport-phone-taken = Pasport dan telefon dirampas
    .explain = "Untuk disimpan dengan selamat" kedengaran seperti mengambil berat, dan sukar untuk menolak permintaan bos baharu. Tanpa pasport dan telefon, anda tidak boleh keluar atau meminta bantuan.
    .advice = Simpan pasport anda sendiri, dan tinggalkan salinan pasport serta kontrak anda dengan orang yang anda percayai di kampung halaman. Tetapkan masa untuk selalu menghubungi keluarga, supaya mereka tahu untuk bertindak jika anda senyap.

redflag-debt-bondage = Hutang yang anda tidak pernah setuju
    .explain = Apabila diberitahu anda berhutang untuk perjalanan, makanan dan katil, anda rasa wajib membayarnya. Orang yang jujur rasa terikat dengan hutang, dan perasaan itu digunakan untuk mengongkong mereka.
    .advice = Hutang yang anda diperdaya untuk tanggung ialah taktik pemerdagangan manusia, bukan bil yang adil. Apabila selamat, hubungi kedutaan anda atau talian bantuan: apa yang berlaku bukan salah anda, dan bantuan tidak bergantung pada bayaran.

redflag-quotas-punishment = Kuota dan hukuman
    .explain = Sasaran dengan denda atau pukulan memaksa orang bekerja kerana takut. Ketakutan menyukarkan seseorang untuk memikirkan apa-apa selain melepasi hari itu.
    .advice = Ingat bahawa anda mangsa, bukan penjenayah. Apabila anda boleh berbuat demikian dengan selamat, hubungi kedutaan anda, talian bantuan atau keluarga anda dan beritahu mereka di mana anda berada.

redflag-guarded-compound = Tembok, pengawal dan kamera
    .explain = Kawat berduri, pengawal bersenjata dan kamera ada untuk menghalang orang keluar, bukan untuk menghalang bahaya masuk. Semua itu bertujuan membuat anda rasa mustahil untuk keluar.
    .advice = Jangan cuba melarikan diri seorang diri dengan cara yang berbahaya. Apabila anda boleh berbuat demikian dengan selamat, hantar lokasi tepat anda kepada kedutaan, organisasi yang dipercayai atau keluarga anda.

redflag-violence-ransom = Keganasan dan wang tebusan
    .explain = Mencederakan orang, atau mengugut untuk berbuat begitu, dan meminta wang daripada keluarga ialah cara untuk mengawal semua orang di dalam. Keluarga mahu membantu kerana mereka sayang anda, dan itu juga diperalatkan.
    .advice = Jika keluarga anda diminta membayar wang tebusan, mereka patut menghubungi kedutaan negara anda atau talian bantuan dahulu dan menyimpan setiap mesej yang mereka terima.

redflag-police-leak = Polis tempatan mungkin memberitahu bos
    .explain = Menghubungi polis tempatan terasa seperti tindakan yang betul. Tetapi mangsa yang terselamat berkata sesetengah polis tempatan menyampaikan permintaan bantuan kembali kepada bos pusat penipuan, dan orang yang meminta bantuan itu dihukum.
    .advice = Hubungi kedutaan anda, talian bantuan kebangsaan, organisasi yang dipercayai atau keluarga anda dahulu, dan berikan lokasi tepat anda. Mereka boleh meminta bantuan menyelamat melalui saluran yang lebih selamat.

## E. The person being scammed

redflag-wrong-number = "Salah nombor" yang terus bersembang
    .explain = Bersopan dengan orang asing yang tersalah hantar mesej terasa tidak berbahaya. Tetapi "kesilapan" itu dirancang: ia memulakan sembang mesra yang boleh bertukar menjadi permintaan wang beberapa minggu kemudian.
    .advice = Jika orang asing terus bersembang selepas anda berkata mereka salah nombor, berhenti membalas dan sekat mereka. Jangan sekali-kali ikut nasihat kewangan daripada orang yang anda kenal hanya melalui mesej.

redflag-move-to-private-app = Cepat berpindah ke sembang peribadi
    .explain = Banyak perhatian dan kata-kata manis terasa menyenangkan, lebih-lebih lagi ketika anda kesunyian. Berpindah ke WhatsApp, Line, Telegram atau WeChat menjauhkan anda daripada semakan keselamatan aplikasi temu janji, dan sentiasa ada alasan untuk tidak berjumpa atau membuat panggilan video.
    .advice = Kekal di aplikasi tempat anda bertemu. Panggilan video langsung membantu, tetapi video boleh dipalsukan dengan alat tukar muka, jadi ia membuktikan kurang daripada yang disangka. Peraturan yang sentiasa benar: jangan sekali-kali melabur atau menghantar wang atas cadangan orang yang anda kenal dalam talian, dan beritahu seorang kawan.

redflag-crypto-tip-early-profit = Petua kripto dengan untung cepat
    .explain = Untung kecil, atau pengeluaran wang kecil yang berjaya, membuatkan platform itu nampak sah. Ia membina kepercayaan supaya anda akan memasukkan lebih banyak wang.
    .advice = Jangan sekali-kali melabur kerana disuruh oleh orang yang anda kenali dalam talian. Semak platform itu dengan pengawal selia kewangan negara anda, dan berbincang dengan orang yang anda percayai dahulu.

redflag-blocked-withdrawal = Yuran untuk mengeluarkan wang anda
    .explain = Apabila baki anda nampak besar, membayar satu lagi "cukai" atau "yuran" untuk mengeluarkannya terasa berbaloi. Tetapi baki itu tidak benar, dan setiap bayaran membawa yuran baharu.
    .advice = Jangan bayar sebarang yuran atau cukai untuk mengeluarkan wang. Berhenti membayar, simpan semua mesej, dan laporkan kepada polis atau talian penipuan kebangsaan.

redflag-recovery-scam = Tawaran untuk mendapatkan semula wang yang hilang
    .explain = Selepas kehilangan wang, tawaran untuk mendapatkannya semula memberi harapan. Syarikat "pemulihan wang" dan "peguam" palsu mengaku bekerjasama dengan FBI atau badan pengawal selia dan meminta yuran, selalunya dalam kripto.
    .advice = Polis dan badan pengawal selia yang sebenar tidak mengenakan yuran untuk menyiasat. Laporkan penipuan pertama melalui laman laporan rasmi, dan abaikan sesiapa yang menawarkan untuk mendapatkan semula wang anda dengan bayaran.
