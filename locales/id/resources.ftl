# Machine-drafted translation: needs review by a native speaker.
# Help resources: a name and a description (what they do, when to contact them).
# Ids follow scenarios/resources.toml: resource-<id>.

## Untuk semua orang

resource-embassy = Kedutaan atau konsulat negara Anda
    .description = Kedutaan negara Anda sendiri bisa memeriksa apakah tawaran kerja dan pemberi kerjanya asli sebelum Anda berangkat, dan membantu warga negaranya yang terjebak di luar negeri. Cari nomornya di situs web kementerian luar negeri negara Anda sebelum berangkat, lalu simpan di HP Anda.

resource-iom = IOM, badan migrasi PBB
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
