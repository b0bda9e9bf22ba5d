# Machine-drafted translation: needs review by a native speaker.
# Help resources: a name and a description (what they do, when to contact them).
# Ids follow scenarios/resources.toml: resource-<id>.

## Untuk semua orang

resource-embassy = Kedutaan atau konsulat negara Anda
    .description = Kedutaan negara Anda sendiri bisa memeriksa apakah tawaran kerja dan pemberi kerjanya asli sebelum Anda berangkat, dan membantu warga negaranya yang terjebak di luar negeri. Cari nomornya di situs web kementerian luar negeri negara Anda sebelum berangkat, lalu simpan di HP Anda.

resource-iom = IOM, badan migrasi PBB: kantornya di negara Anda
    .description = IOM membantu korban perdagangan orang: tempat tinggal yang aman, layanan kesehatan, konseling, dan pemulangan yang aman. Hubungi kantor IOM di negara Anda atau di negara tempat Anda berada.

## Filipina

resource-ph-iacat-1343 = 1343 Actionline (IACAT)
    .description = Hotline 24 jam dari Inter-Agency Council Against Trafficking (dewan antarlembaga melawan perdagangan orang). Telepon untuk melaporkan perekrut yang mencurigakan, atau saat Anda atau anggota keluarga Anda butuh bantuan; ada juga nomor gratis untuk warga Filipina di luar negeri.

resource-ph-dmw-verify = Department of Migrant Workers (DMW)
    .description = Sebelum membayar apa pun atau berangkat, periksa di situs web DMW apakah agen perekrut punya izin. Hanya agen berizin yang boleh mengirim pekerja ke luar negeri.

## Thailand

resource-th-1300 = Hotline 1300 (Social Assistance Center)
    .description = Hotline Kementerian Pembangunan Sosial dan Keamanan Manusia, untuk siapa saja yang berada di Thailand. Telepon untuk melaporkan perdagangan orang atau untuk meminta bantuan.

resource-th-1300-abroad = Hotline 1300 dari luar negeri
    .description = Bantuan yang sama untuk warga Thailand di luar Thailand. Telepon atau kirim SMS gratis, 24 jam sehari, kalau Anda atau orang yang Anda kenal terjebak atau menjadi korban perdagangan orang di luar negeri.

## Kamboja

resource-kh-police-117 = Hotline polisi Kamboja
    .description = Hotline kepolisian nasional di Kamboja. Hati-hati: para penyintas bercerita bahwa sebagian polisi setempat meneruskan permintaan tolong kepada bos kompleks. Kalau bisa, hubungi lebih dulu kedutaan Anda atau organisasi tepercaya, dan selalu berikan lokasi persis Anda.

## India

resource-in-cyber-1930 = Layanan 1930 untuk penipuan siber
    .description = Segera telepon 1930 kalau Anda kehilangan uang karena penipuan online: melapor lebih awal bisa membantu memblokir uangnya. Anda akan menerima tautan untuk melengkapi laporan di portal nasional.

resource-in-cybercrime-portal = National Cyber Crime Reporting Portal
    .description = Laporkan penipuan online dan kejahatan siber lainnya dari mana saja di India. Kalau Anda sudah menelepon 1930, lengkapi laporan Anda di sini dalam 24 jam.

## Indonesia

resource-id-safe-travel = Aplikasi Safe Travel (Kementerian Luar Negeri)
    .description = Aplikasi gratis dari Kementerian Luar Negeri Indonesia untuk WNI di luar negeri. Dalam keadaan darurat, tombol paniknya mengirim lokasi Anda ke KBRI atau KJRI terdekat. Pasang aplikasinya sebelum berangkat.

## Malaysia

resource-my-nsrc-997 = National Scam Response Centre
    .description = Segera telepon 997 kalau Anda sudah mengirim uang kepada penipu: pusat ini bekerja sama dengan bank untuk membekukan uang itu dengan cepat. Layanan ini menjawab 24 jam sehari.

## Vietnam

resource-vn-111 = Hotline nasional 111
    .description = Hotline gratis 24 jam di Vietnam untuk melaporkan perdagangan orang dan mendapatkan dukungan bagi korban. Ini juga hotline nasional perlindungan anak.

## Amerika Serikat

resource-us-trafficking-hotline = National Human Trafficking Hotline
    .description = Hotline rahasia 24 jam untuk korban, penyintas, dan siapa saja yang mengkhawatirkan seseorang. Melayani dalam bahasa Inggris dan Spanyol, dengan juru bahasa untuk lebih dari 200 bahasa lain. Ini bukan polisi.

resource-us-trafficking-text = National Human Trafficking Hotline lewat SMS
    .description = Kirim SMS ke nomor ini kalau Anda tidak bisa menelepon dengan aman. Kerahasiaannya terjaga.

resource-us-ic3 = FBI Internet Crime Complaint Center (IC3)
    .description = Laporkan penipuan investasi online dan penipuan kripto kepada FBI, dengan rincian setiap pembayaran. FBI tidak memungut biaya untuk menyelidiki; siapa pun yang meminta biaya untuk memulihkan uang Anda adalah penipu.

## Added for every player (2026-12-05)

resource-support-after = Dukungan setelah pengalaman berat
    .description = Apa yang pernah Anda alami, atau baru saja Anda mainkan, bisa terus terbawa. Bicaralah dengan orang yang Anda percaya. Penyintas perdagangan orang bisa meminta konseling dari IOM atau petugas kesehatan.

resource-bank-first = Pertama: bank atau aplikasi pembayaran Anda
    .description = Jika Anda sudah mengirim uang, segera telepon bank atau aplikasi pembayaran Anda: makin cepat mereka tahu, makin besar peluang menghentikan pembayaran. Simpan semua pesan, nomor rekening dan bukti transfer.

resource-no-recovery-fee = Jangan pernah membayar untuk mendapatkan uang kembali
    .description = Setelah penipuan, orang yang mengaku bisa memulihkan uang Anda dengan biaya, bahkan jika mengaku bekerja sama dengan polisi atau regulator, sedang menjalankan penipuan kedua. Polisi dan regulator yang asli tidak memungut biaya dari Anda.

resource-ph-1343-global = 1343 Actionline dari luar negeri
    .description = 1343 Actionline punya nomor internasional bebas pulsa untuk warga Filipina di luar negeri, tercantum di situsnya, bagi yang terjebak atau diperdagangkan dan keluarganya.

resource-ph-cicc-1326 = Hotline penipuan 1326 (CICC)
    .description = Hotline 24 jam pemerintah Filipina untuk melaporkan penipuan online, dikelola Pusat Investigasi dan Koordinasi Kejahatan Siber. Hubungi segera: mereka bekerja dengan bank dan dompet digital untuk menandai rekening.

resource-th-aoc-1441 = Pusat Operasi Anti Penipuan Online 1441
    .description = Hotline 24 jam Thailand untuk korban penipuan online. Mereka meminta bank membekukan rekening penerima uang Anda dan menjelaskan cara melapor ke polisi.

resource-au-scamwatch = Scamwatch (Pusat Anti-Penipuan Nasional Australia)
    .description = Laporkan penipuan, termasuk tawaran kerja palsu dan penipuan investasi, dan baca langkah selanjutnya. Laporan membantu memperingatkan orang lain dan menghentikan penipu.

resource-au-idcare = IDCARE
    .description = Layanan dukungan gratis dan nirlaba bagi orang yang data pribadi atau identitasnya diambil dalam penipuan. Mereka membantu Anda menyusun rencana untuk membatasi kerugian.

resource-cn-12308 = Hotline perlindungan konsuler 12308
    .description = Hotline 24 jam Kementerian Luar Negeri Tiongkok untuk warganya di luar negeri yang butuh bantuan. Hotline ini tidak pernah menelepon siapa pun dan tidak pernah meminta uang: panggilan yang menampilkan 12308 adalah penipuan, jadi tutup dan hubungi nomornya sendiri. Jika tertipu, lapor ke polisi setempat, dan ke polisi di kampung halaman jika uang keluar dari bank di Tiongkok.

resource-et-embassy-where = Kedutaan Etiopia di kawasan ini
    .description = Warga Etiopia yang ditahan di Myanmar dipulangkan lewat kedutaan Etiopia di New Delhi (India) dan Tokyo (Jepang), dengan bantuan Thailand. Sebelum berangkat, tanyakan ke kementerian luar negeri kedutaan mana yang menangani negara tujuan Anda.

resource-ke-nea-register = Daftar Otoritas Ketenagakerjaan Nasional Kenya
    .description = Hanya agen berizin dari Otoritas Ketenagakerjaan Nasional Kenya yang boleh merekrut untuk kerja di luar negeri. Daftarnya di neaims.go.ke menunjukkan izin yang masih berlaku. Periksa sebelum siapa pun membayar atau berangkat, dan laporkan agen yang berbohong.

resource-ke-dci-report = Laporkan penipuan online ke polisi (DCI)
    .description = Direktorat Investigasi Kriminal Kenya menerima laporan penipuan online di kantor-kantornya di seluruh negeri. Laporkan di sana atau di kantor polisi, dengan semua pesan dan bukti pembayaran.

resource-la-lwu-1362 = Hotline 1362 (Persatuan Perempuan Laos)
    .description = Hotline konseling dan perlindungan Persatuan Perempuan Laos mendukung penyintas perdagangan orang dan kekerasan.

resource-np-embassies = Kedutaan Nepal di Bangkok dan Yangon
    .description = Kedutaan Nepal di Thailand dan Myanmar telah menyelamatkan ratusan warga Nepal dari kompleks penipuan. Pemerintah Nepal meminta warganya bekerja di luar negeri hanya dengan izin kerja, dan jangan pernah pergi ke Kamboja, Laos, Myanmar atau Thailand dengan visa kunjungan untuk bekerja.

resource-np-cyber-bureau = Biro Siber Kepolisian Nepal
    .description = Laporkan penipuan online lewat email, dengan salinan kartu identitas dan semua pesan serta bukti pembayaran, atau di kantor polisi mana pun.

resource-ng-naptip-627 = NAPTIP 627
    .description = Hotline gratis lembaga anti perdagangan orang Nigeria. Hubungi untuk melaporkan perdagangan orang, atau jika Anda atau orang yang Anda kenal butuh bantuan.

resource-ng-police-cyber = Portal kejahatan siber Kepolisian Nigeria
    .description = Laporkan penipuan online dan penipuan asmara ke unit kejahatan siber polisi, secara online, dari Nigeria atau luar negeri.

resource-lk-slbfe-1989 = SLBFE 1989
    .description = Saluran Biro Ketenagakerjaan Luar Negeri Sri Lanka, buka sepanjang waktu. Periksa apakah agen berizin sebelum membayar apa pun atau menyerahkan paspor, dan laporkan agen yang memungut lebih dari biaya yang disetujui.

resource-lk-police-ccid = Divisi kejahatan siber Kepolisian Sri Lanka
    .description = Laporkan penipuan online di kantor polisi terdekat, atau ke Divisi Investigasi Kejahatan Komputer kepolisian, yang juga punya cabang di Kandy dan Matara.

resource-ug-high-commission-kl = Komisi Tinggi Uganda di Kuala Lumpur
    .description = Duta besar Uganda untuk Thailand berkedudukan di Komisi Tinggi Uganda di Kuala Lumpur, Malaysia, yang telah membantu memulangkan warga Uganda dari Myanmar. Hubungi mereka, dan minta keluarga di rumah menghubungi kementerian luar negeri.

resource-ug-police-cyber = Unit Kejahatan Siber Kepolisian Uganda
    .description = Laporkan penipuan online ke Unit Kejahatan Siber di Markas CID, Kibuli, atau di kantor polisi mana pun.
