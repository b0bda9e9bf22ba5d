# Machine-drafted translation: needs review by a native speaker.
# Kuis membedakan asli atau penipuan: setiap item seperti yang dilihat pemain (quiz-<id>), tempat munculnya (.source),
# dan alasan item itu asli atau tanda bahaya yang ada di dalamnya (.explain).
# Nama, perusahaan, angka, dan kode semuanya karangan.

## Iklan lowongan

quiz-ad-electrician-nz = Tui Build Ltd di Auckland, Selandia Baru, mencari teknisi listrik bersertifikat dengan pengalaman minimal 3 tahun: NZ$34-38 per jam, 40 jam seminggu. Kami terakreditasi untuk merekrut dengan visa kerja, dan wawancara dilakukan lewat video dengan manajer lapangan kami. Tiket pesawat Anda bayar sendiri; kami bantu mencarikan kamar.
    .source = Iklan di situs lowongan kerja
    .explain = Gajinya tinggi, tetapi wajar untuk pekerjaan teknik terampil di negara itu, dan pekerjaannya meminta pengalaman. Iklan ini menyebut nama pemberi kerja, menawarkan wawancara sungguhan dan visa kerja, dan tidak menjanjikan semuanya ditanggung.

quiz-ad-factory-taiwan = Dicari 40 operator mesin untuk Hsinmei Electronics di Taoyuan, Taiwan. NT$31.000 per bulan, kontrak 2 tahun, visa kerja, tanpa biaya penempatan. Nomor izin DMW kami 087-LB-031525-R: silakan periksa sendiri di situs DMW sebelum melamar.
    .source = Postingan Facebook sebuah agen
    .explain = Nama pemberi kerja yang jelas, gaji pabrik yang wajar, visa kerja, dan nomor izin yang Anda diminta periksa sendiri. Banyak agen asli memasang lowongan di Facebook; yang penting agennya berizin, jadi memeriksa izinnya tetap langkah yang benar.

quiz-ad-hotel-chiangmai = Dicari staf resepsionis di Baan Saeng Hotel, 42 Soi 9, Chiang Mai: shift pagi atau sore, 13.000 baht sebulan ditambah service charge. Wajib bisa bahasa Thai dan bahasa Inggris dasar. Wawancara langsung Senin sampai Jumat, pukul 10.00-16.00, di resepsionis kami; bawa kartu identitas Anda.
    .source = Postingan Facebook sebuah hotel
    .explain = Memang di Facebook, tetapi ini pekerjaan lokal di hotel yang jelas namanya dan alamatnya, dengan tugas yang jelas dan gaji setempat yang wajar. Anda bisa datang langsung, melihat tempatnya, dan bertemu orang-orangnya sebelum menyetujui apa pun.

quiz-ad-cousin-dubai = Hai, bos temanku di Dubai butuh 4 orang untuk IT support hotel, nggak perlu pengalaman, dan semuanya dibayarin. Aku kenal dia, orangnya beneran, temanku udah kerja di sana setahun. Boleh aku kasih nomormu ke dia? Dia butuh jawaban paling lambat hari Jumat.
    .source = Pesan dari sepupu Anda
    .explain = Tawaran dari orang yang kita percaya terasa aman, dan sepupu Anda mungkin juga memercayainya. Tetapi pekerjaan "IT hotel" yang tidak jelas, tanpa perlu pengalaman, semua ditanggung, dan tanpa nama pemberi kerja, menunjukkan tanda bahaya yang sama, siapa pun yang meneruskannya.

quiz-ad-marketing-tiktok = Kami sedang berkembang! Bergabunglah dengan tim internasional kami di Bangkok sebagai Digital Marketing Executive: 40.000 baht sebulan ditambah bonus, pelatihan lengkap, tidak perlu pengalaman. Visa, tiket pesawat, dan kondominium bersama disediakan; lamar lewat link di bio kami.
    .source = Iklan lowongan di TikTok
    .explain = Kelihatannya profesional, tetapi tidak ada nama perusahaan, tidak ada alamat, dan tidak ada deskripsi pekerjaan yang jelas, hanya "digital marketing" dengan semua ditanggung. Iklan seperti ini di media sosial adalah jalan masuk yang umum ke kompleks penipuan.

quiz-ad-typing-cambodia = DIBUTUHKAN SEGERA!! Kerja mengetik / customer service di Kamboja: $1.200-1.500 sebulan, tidak perlu pengalaman, cukup bahasa Inggris dasar. Gratis tiket pesawat, makan, tempat tinggal, dan visa! Tempat terbatas, kirim pesan sekarang.
    .source = Postingan lowongan di Facebook
    .explain = Gaji jauh di atas biasanya untuk pekerjaan yang tidak butuh pengalaman, pekerjaan yang tidak jelas, dan semuanya ditanggung. Tidak ada juga nama perusahaan atau alamat yang bisa Anda periksa.

## Pesan dari perekrut

quiz-rec-careworker-japan = Halo, saya Lan dari Minh An Recruitment, Jalan Tran Phu No. 15. Lamaran Anda untuk pekerjaan perawat lansia di Osaka lolos tahap pertama. Silakan datang ke kantor kami dengan membawa fotokopi paspor untuk tes bahasa Jepang. Tidak perlu terburu-buru: pelatihan berlangsung 6 bulan sebelum ada yang berangkat.
    .source = SMS dari sebuah agen
    .explain = Pesan ini memberi kantor nyata yang bisa Anda datangi, proses yang jelas dan waktu untuk memutuskan, dan hanya meminta salinan paspor, bukan paspor aslinya. Anda bisa memeriksa izin agen itu ke Departemen Pengelolaan Tenaga Kerja Luar Negeri Vietnam (di bawah Kementerian Dalam Negeri sejak Maret 2025) sebelum berangkat.

quiz-rec-contract-riyadh = Selamat, Anda lolos wawancara dengan Wadi Sahra Medical Centre. Terlampir kontrak Anda: perawat, Riyadh, SAR 7.500 sebulan, 2 tahun. Silakan baca bersama keluarga Anda dan periksa job order-nya ke DMW sebelum menandatangani. Tidak ada biaya penempatan.
    .source = Email dari sebuah agen
    .explain = Kontrak tertulis yang menyebut pekerjaan, tempat, dan gajinya, waktu untuk berpikir, dan permintaan untuk memeriksanya ke pemerintah. Perekrut yang meminta Anda memeriksa tidak punya apa pun untuk disembunyikan.

quiz-rec-developer-kl = Halo, saya melihat CV Anda di situs ini. Meranti Software di Kuala Lumpur sedang mencari Java developer, MYR 9.000-11.000 sebulan. Saya lampirkan deskripsi pekerjaan dan situs web mereka. Selanjutnya: dua kali wawancara video dengan tim teknis mereka, lalu tawaran tertulis dan employment pass.
    .source = Pesan di situs lowongan kerja
    .explain = Pesan ini datang tanpa Anda minta dan gajinya tinggi, tetapi wajar untuk pekerjaan terampil yang sesuai dengan CV Anda. Pesan ini menyebut nama perusahaannya, mengirim deskripsi pekerjaan, dan menawarkan wawancara sungguhan, tawaran tertulis, dan izin kerja yang resmi.

quiz-rec-fee-dubai = Kak, tinggal 3 tempat lagi untuk kerja gudang di Dubai! Kirim biaya proses PHP 65.000 hari ini untuk mengamankan tempat Anda. Kontraknya diberikan waktu Anda sampai. Jangan khawatir, banyak pelamar kami sudah di sana dan senang.
    .source = Pesan WhatsApp dari perekrut
    .explain = Biaya sebelum Anda punya pekerjaan, desakan untuk membayar hari ini, dan tidak ada kontrak sampai Anda tiba. Tanpa kontrak tertulis, tidak ada yang bisa Anda tuntut dari perekrut itu.

quiz-rec-location-maesot = Kabar baik, kamu lulus tes mengetik! Ada sedikit perubahan: kantor kami di Bangkok sudah penuh, jadi kamu akan bekerja di cabang kami dekat Mae Sot. Gajinya sama. Sopir kami akan menjemput kamu di bandara dan mengantar menyeberangi sungai ke kantor.
    .source = Pesan Telegram dari perekrut
    .explain = Tes mengetik bukan wawancara sungguhan, dan tempat kerjanya berubah setelah Anda setuju. Di seberang sungai dari Mae Sot adalah Myanmar: dibawa menyeberangi perbatasan tanpa lewat imigrasi adalah cara banyak orang dibawa ke kompleks penipuan.

quiz-rec-polished-visa = Kepada Pelamar, terima kasih telah menyelesaikan asesmen kami. Velmora Global Services Ltd (No. Reg. 2019/448213) dengan senang hati menawarkan kepada Anda posisi Client Relations Officer. Agar prosesnya lebih cepat, Anda akan masuk dengan visa turis; kami akan menggantinya dengan izin kerja setelah Anda tiba.
    .source = Email dari perekrut
    .explain = Tata bahasa yang rapi dan nomor registrasi mudah dipalsukan. Pekerjaan asli di luar negeri disertai visa kerja sebelum Anda berangkat; bekerja dengan visa turis membuat Anda tidak punya status hukum dan tidak punya perlindungan.

## Pesan dari orang tak dikenal

quiz-msg-dating-meet = Aku senang sekali ngobrol sama kamu minggu ini! Mau ketemu minum kopi hari Sabtu sore, di kafe dekat perpustakaan? Atau video call sebentar dulu, kalau kamu lebih suka. Nggak usah buru-buru, terserah kamu.
    .source = Pesan di aplikasi kencan
    .explain = Orang yang mengajak bertemu di tempat umum, memberi Anda waktu dan tidak meminta apa pun sedang melakukan hal yang dihindari penipu asmara. Panggilan video membantu, meski video bisa dipalsukan; yang terpenting, tidak pernah ada uang atau saran investasi. Tetap bijak memberi tahu teman ke mana Anda pergi.

quiz-msg-wallet-found = Halo, apakah Anda kehilangan dompet? Saya menemukan dompet di terminal bus pusat, di dalamnya ada kartu nama Anda, dan sudah saya serahkan ke kantor terminal, loket 2. Anda bisa mengambilnya di sana dengan menunjukkan KTP; tidak perlu membalas pesan ini.
    .source = SMS dari nomor tak dikenal
    .explain = Nomornya tidak dikenal, tetapi pesannya tidak meminta apa pun: tidak ada uang, tidak ada tautan, tidak ada ajakan chat. Anda diarahkan ke kantor umum tempat Anda menunjukkan identitas Anda sendiri.

quiz-msg-wrong-number-sorry =
    Hai Dara, makan malamnya jadi jam 7?
    (Anda membalas: "Maaf, salah nomor.")
    Aduh, maaf sekali! Sepertinya saya salah simpan nomor. Selamat malam.
    .source = SMS dari nomor tak dikenal
    .explain = Salah nomor yang sungguhan memang terjadi. Orang ini minta maaf, berhenti, dan tidak meminta apa pun; tanda bahayanya adalah orang asing yang terus mengajak mengobrol setelah Anda bilang salah nomor.

quiz-msg-dating-telegram = Aku belum pernah merasa sedekat ini dengan siapa pun secepat ini. Kamu adalah semua yang selama ini aku cari. Aplikasi ini terus mengeluarkan aku, kita ngobrol di Telegram saja ya? Kamera HP-ku rusak, tapi nanti aku telepon kamu dengan benar waktu aku pulang dari kapal.
    .source = Pesan di aplikasi kencan
    .explain = Perasaan yang kuat dalam waktu sangat singkat, cepat pindah ke aplikasi lain, dan alasan untuk tidak bicara lewat video. Semua ini bersama-sama adalah ciri khas penipuan asmara, yang sering berubah menjadi "investasi" belakangan.

quiz-msg-social-nurse = Hai, aku lihat komentarmu di grup traveling dan jadi ingin menyapa, kamu kelihatannya baik sekali! Aku perawat di Toronto. Aku jarang pakai Facebook, kita chat di WhatsApp saja ya? Pamanku mengajariku trading emas dan itu mengubah hidupku.
    .source = Pesan Facebook dari orang asing
    .explain = Orang asing yang memuji Anda, langsung ingin pindah ke aplikasi pribadi, dan sejak awal menyebut keberhasilan trading. Ini langkah-langkah pertama penipuan yang mencampur pertemanan dan investasi.

quiz-msg-wrong-number-chatty =
    Halo, ini Pak Chen? Saya cuma mau konfirmasi pesanan golf kita hari Minggu.
    (Anda membalas: "Maaf, salah nomor.")
    Oh, mohon maaf, Anda sopan sekali! Saya Linda, saya punya usaha kecil impor anggur di Singapura. Boleh tahu Anda dari mana?
    .source = Nomor tak dikenal di WhatsApp
    .explain = Awalnya seperti salah kirim biasa, tetapi setelah Anda bilang salah nomor, orang itu terus mengajak mengobrol, memuji Anda, dan bertanya tentang kehidupan Anda. Banyak penipuan asmara dan investasi dimulai persis seperti ini.

## Investasi dan uang

quiz-inv-bank-card = Peringatan bank: kami menghentikan pembayaran kartu sebesar 38.500 rupee di sebuah toko online. Jika itu bukan Anda, silakan hubungi nomor di balik kartu Anda. Kami tidak akan pernah meminta PIN, kata sandi, atau kode sekali pakai (OTP) Anda.
    .source = SMS dari bank Anda
    .explain = Tidak ada tautan dan tidak ada nomor untuk ditelepon: Anda diarahkan ke nomor yang tercetak di kartu Anda sendiri, yang Anda tahu pasti asli. Peringatan yang berisi tautan atau meminta kode itulah yang patut dicurigai.

quiz-inv-bond-friend = Akhirnya aku buka obligasi tabungan di kantor pos: 7% setahun, tetap selama 5 tahun. Nggak seru, tapi aman. Jangan pakai uang yang mungkin kamu perlukan dalam waktu dekat, dan tanya sendiri di loket, mereka jelasinnya bagus.
    .source = Pesan dari seorang teman
    .explain = Teman yang Anda kenal, bunga tetap yang wajar dari lembaga publik, tidak perlu memasang aplikasi, dan tidak ada desakan: dia malah menyuruh Anda bertanya sendiri di loket. Tips dari penipu menjanjikan untung besar dan cepat di platform yang hanya mereka yang tahu.

quiz-inv-fraud-refund = Terkait laporan penipuan yang Anda ajukan pada 3 Maret (ref. FR-20419): laporan Anda telah disetujui. Dana sebesar 12.500 baht akan dikembalikan ke rekening Anda dalam 10 hari kerja. Anda tidak perlu membayar apa pun atau memberikan kode apa pun. Jika ada pertanyaan, silakan datang ke kantor cabang mana saja.
    .source = Email dari bank Anda
    .explain = Ini tentang laporan yang Anda ajukan sendiri ke bank Anda sendiri, dan tidak meminta apa pun: tidak ada biaya, tidak ada kode, tidak ada tautan. Penipuan "pemulihan dana" menghubungi Anda tanpa diminta dan meminta biaya lebih dulu.

quiz-inv-crypto-tip = Pamanku kerja di platform trading dan suka bagi tips ke keluarga. Minggu ini aku dapat $2.300! Mulai dari kecil aja, $300 juga boleh. Besoknya kamu sudah bisa tarik keuntungan pertamamu, biar kamu lihat ini beneran.
    .source = Teman baru di WhatsApp
    .explain = Tips dari orang yang Anda kenal lewat internet, keuntungan besar, dan penarikan kecil di awal "biar kamu lihat ini beneran". Penipu membiarkan Anda menarik sedikit uang untuk membangun kepercayaan sebelum Anda menyetor jauh lebih banyak.

quiz-inv-withdrawal-tax = Penarikan Anda sebesar 48.300 USDT sedang diproses. Sesuai aturan internasional antipencucian uang, pajak penghasilan pribadi 15% (7.245 USDT) harus dibayar sebelum dana dicairkan. Mohon lakukan top up dalam 72 jam agar akun Anda tidak dibekukan.
    .source = Pemberitahuan dari aplikasi trading
    .explain = Platform yang asli memotong biaya apa pun dari saldo Anda; platform itu tidak menahan uang Anda sampai Anda mengirim lebih banyak. Membayar "pajak" ini biasanya disusul biaya lain, dan uangnya tidak pernah dicairkan.

quiz-inv-recovery-firm = Kami adalah perusahaan pemulihan dana berizin yang bekerja sama dengan FBI dan regulator internasional. Penyelidik kami telah melacak $31.000 dari investasi Anda yang hilang. Untuk membuka kasus Anda, diperlukan biaya yang dapat dikembalikan sebesar 1.500 USDT. No. kasus RC-88412.
    .source = Email dari perusahaan pemulihan dana
    .explain = Pesan ini datang tanpa Anda minta, mengaku punya hubungan dengan FBI dan regulator, dan meminta biaya dalam kripto lebih dulu. Polisi dan regulator tidak memungut biaya untuk mengembalikan uang Anda; ini penipuan kedua yang menyasar orang yang sudah kehilangan uang.
