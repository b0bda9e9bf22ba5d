# Machine-drafted translation: needs review by a native speaker.
# Kuis membedakan asli atau penipuan: setiap item seperti yang dilihat pemain (quiz-<id>), nama pendeknya (.title),
# tempat munculnya (.source), dan alasan item itu asli atau tanda bahaya di dalamnya (.explain). Lihat locales/en/quiz.ftl.

## Adverts

quiz-ad-electrician-nz = Tui Build Ltd di Auckland, Selandia Baru, membutuhkan 3 teknisi listrik terdaftar dengan pengalaman 3+ tahun di proyek komersial 🔌 NZ$36-42 per jam, 40 jam seminggu. Kami pemberi kerja terakreditasi, jadi kami mendukung visa kerja Anda. Wawancara video dengan manajer lapangan kami; tiket pesawat Anda pesan sendiri. Lamaran ditutup Jumat ini.
    .title = Teknisi listrik untuk Auckland
    .source = Iklan di situs lowongan kerja
    .explain = Gajinya tinggi, tetapi wajar untuk pekerjaan terampil di Selandia Baru, dan pekerjaan ini meminta pengalaman. Nama pemberi kerja jelas, ada wawancara sungguhan dan visa kerja, dan tidak menjanjikan semuanya dibayari.

quiz-ad-factory-taiwan = 📢 Lowongan: 40 operator mesin untuk pabrik elektronik di Taoyuan, Taiwan. Gaji pokok NT$29.500 per bulan (upah minimum Taiwan) plus lembur dibayar, kontrak 3 tahun, izin kerja diurus pemberi kerja. Pria dan wanita usia 20-38. Wawancara langsung Sabtu ini pukul 09.00-15.00 di kantor agensi kami: Unit 5, Garden Plaza, Station Road.
    .title = Kerja pabrik di Taiwan
    .source = Unggahan Facebook sebuah agensi
    .explain = Pekerjaan pabrik dengan upah minimum resmi Taiwan tahun 2026, lama kontrak yang biasa di sana, izin kerja, dan kantor yang bisa Anda datangi. Banyak agensi asli memasang iklan di Facebook; yang penting, nama agensinya jelas dan bisa Anda datangi dan periksa.

quiz-ad-hotel-dubai = Dicari petugas housekeeping untuk Al Noor Creek Hotel, Dubai ✨ AED 1.600 per bulan plus mes staf bersama, makan, transportasi, dan asuransi kesehatan. Sesuai hukum UAE, hotel membayar visa, tiket pesawat, dan biaya rekrutmen Anda. Kontrak 2 tahun, dikirim utuh kepada Anda sebelum Anda tanda tangan. Wawancara daring dengan tim HR hotel 10-14 Maret.
    .title = Housekeeping hotel di Dubai
    .source = Unggahan Instagram sebuah agensi rekrutmen
    .explain = Tiket dan tempat tinggal yang dibayari bisa saja asli: hukum UAE mewajibkan pemberi kerja menanggung biaya rekrutmen, dan gajinya wajar untuk pekerjaan itu. Nama hotel jelas, tugasnya jelas, ada wawancara sungguhan, dan seluruh kontrak datang lebih dulu.

quiz-ad-cousin-dubai = Eh, bos temanku di Dubai butuh 4 orang untuk IT support hotel, tanpa pengalaman, dan semua ditanggung 🙏 Aku kenal dia, orangnya bisa dipercaya, temanku sudah kerja di sana setahun. Gajinya bagus, lebih dari dua kali lipat gaji kita di sini. Boleh aku kasih nomormu ke dia? Dia butuh nama-namanya sebelum Jumat.
    .title = Info Dubai dari sepupu
    .source = Pesan dari sepupu Anda
    .explain = Tawaran dari orang yang kita percaya terasa aman, dan sepupu Anda mungkin juga percaya. Tetapi pekerjaan "IT hotel" yang samar, tanpa pengalaman, semuanya ditanggung, dan tanpa nama pemberi kerja menunjukkan tanda bahaya yang sama, siapa pun yang meneruskannya.

quiz-ad-marketing-tiktok = Kami berkembang! Bergabunglah dengan tim internasional kami di Bangkok sebagai Digital Marketing Executive 🌏 40.000 baht per bulan plus bonus kinerja, pelatihan lengkap, wajib bisa bahasa Inggris, tanpa pengalaman. Bantuan visa dan kondominium bersama dekat kantor. Wawancara mulai minggu depan; kirim CV Anda lewat tautan di bio kami.
    .title = Tim pemasaran di Bangkok
    .source = Iklan lowongan di TikTok
    .explain = Tampak profesional, tetapi tidak ada nama perusahaan, alamat, atau uraian pekerjaan yang nyata, hanya "digital marketing" untuk siapa saja. Iklan seperti ini di media sosial adalah jalan masuk yang umum ke kompleks penipuan.

quiz-ad-support-cambodia = Dicari staf layanan pelanggan (chat bahasa Inggris) di Sihanoukville, Kamboja. USD 1.300 per bulan, ada pelatihan, tanpa pengalaman, cukup bahasa Inggris dasar. Perusahaan menanggung tiket pesawat, visa, tempat tinggal, dan makan Anda. Wawancara lewat Telegram minggu ini: kirim CV dan foto terbaru, tim HR kami akan membalas.
    .title = Layanan chat di Kamboja
    .source = Unggahan lowongan di Facebook
    .explain = Gaji jauh di atas tarif setempat untuk pekerjaan tanpa pengalaman, semuanya ditanggung, dan "wawancara" lewat chat. Tidak ada nama atau alamat perusahaan yang bisa dicari. Sihanoukville adalah salah satu tempat kompleks penipuan menahan pekerja.

quiz-ph-ad-household-riyadh = 🇵🇭 Lowongan pekerja rumah tangga untuk keluarga di Riyadh. SAR 1.500 per bulan, kamar sendiri, makan, satu hari libur seminggu, kontrak 2 tahun. Tanpa biaya penempatan, sesuai aturan untuk pekerja rumah tangga. Melamar di kantor kami: 3/F Lanuza Building, Ermita, Manila. Bawa paspor untuk difotokopi; pemeriksaan kesehatan dan PDOS menyusul.
    .title = Pekerja rumah tangga di Riyadh
    .source = Unggahan Facebook agensi berizin
    .explain = SAR 1.500 adalah upah minimum yang ditetapkan Filipina untuk pekerja rumah tangga di Arab Saudi, dan mereka tidak boleh dikenai biaya penempatan. Ada kantor yang bisa Anda datangi dan langkah yang dilalui setiap pekerja (pemeriksaan kesehatan, PDOS).

quiz-ph-ad-boutique-dubai = Dicari pramuniaga untuk butik di sebuah mal di Dubai 🛍️ AED 4.500 per bulan plus komisi. Rekrut langsung: tanpa agensi, tanpa proses panjang. Anda berangkat dengan visa kunjungan dalam 2 minggu dan pemberi kerja menggantinya dengan visa kerja di sana. Tempat terbatas; kirim pesan ke Ma'am Joy untuk daftar persyaratannya.
    .title = Pramuniaga butik di Dubai
    .source = Unggahan lowongan di Facebook
    .explain = "Rekrut langsung" tanpa agensi, dan berangkat dengan visa kunjungan yang katanya diganti nanti, melewati setiap langkah yang melindungi pekerja yang berangkat dari Filipina. Tanpa visa kerja dan kontrak terverifikasi, Anda tidak punya status hukum di sana.

## Recruiter messages

quiz-rec-careworker-japan = Halo, ini Lan dari Sakura Bridge Recruitment. Anda lolos wawancara pertama kami untuk pekerjaan perawat lansia di Osaka, dengan visa Specified Skilled Worker Jepang. Gajinya sekitar ¥190.000 per bulan sebelum pajak. Berikutnya: tes bahasa Jepang dan tes keterampilan perawatan; tanggalnya akan kami kirim. Pelatihan sekitar 6 bulan sebelum keberangkatan.
    .title = Kerja perawatan di Osaka
    .source = SMS dari agensi
    .explain = Program visa yang nyata dengan langkah-langkahnya yang nyata (tes bahasa dan tes keterampilan), gaji wajar untuk pekerjaan itu, dan pelatihan berbulan-bulan sebelum siapa pun berangkat. Saat ini Anda hanya diminta mengikuti tes.

quiz-rec-contract-riyadh = Selamat, Anda lulus wawancara dengan Wadi Sahra Medical Centre. Terlampir kontrak Anda: perawat, Riyadh, SAR 6.500 per bulan, 2 tahun, tempat tinggal dan tiket ditanggung pemberi kerja, tanpa biaya dari Anda. Silakan baca dengan cermat dan balas sebelum 20 Mei jika Anda menerima, agar kami bisa mulai mengurus visa kerja Anda.
    .title = Kontrak perawat untuk Riyadh
    .source = Email dari agensi
    .explain = Kontrak tertulis berisi pekerjaan, tempat, dan gaji sebelum hal lain, gaji wajar untuk perawat, dan visa kerja. Tenggatnya nyata tetapi masuk akal, dan Anda tidak diminta apa pun selain jawaban.

quiz-rec-developer-kl = Hai, saya melihat CV Anda di situs ini. Meranti Software di Kuala Lumpur mencari Java developer, MYR 9.000-11.000 per bulan. Terlampir uraian pekerjaan dan situs web mereka. Langkah berikutnya: dua wawancara video dengan tim teknis mereka, lalu penawaran tertulis dan Employment Pass. Bisakah Anda membalas sebelum Kamis?
    .title = Kerja developer di Kuala Lumpur
    .source = Pesan di situs lowongan kerja
    .explain = Pesan ini datang tanpa Anda minta dan gajinya tinggi, tetapi wajar untuk pekerjaan terampil yang sesuai dengan CV Anda. Nama perusahaannya jelas, ada uraian pekerjaan, wawancara sungguhan, penawaran tertulis, dan izin kerja yang benar.

quiz-rec-fee-dubai = Selamat siang, Ibu Reyes. Lamaran Anda untuk posisi asisten gudang di Dubai masuk daftar pendek. Untuk memesan tempat Anda, mohon transfer biaya pemrosesan USD 1.150 sebelum Kamis. Kontrak kerja Anda akan diserahkan saat Anda tiba di Dubai. Rincian rekening bank kami ada di bawah; kami menantikan kedatangan Anda.
    .title = Posisi gudang di Dubai
    .source = Email dari perekrut
    .explain = Biaya sebelum Anda punya pekerjaan, tenggat untuk membayar, dan tidak ada kontrak sampai Anda tiba. Tanpa kontrak tertulis, Anda tidak punya pegangan terhadap perekrut; dan di UAE, pemberi kerja, bukan pekerja, yang menanggung biaya rekrutmen.

quiz-rec-location-maesot = Kabar baik, Anda lulus tes mengetik! Ada sedikit perubahan: kantor Bangkok kami sudah penuh, jadi Anda akan bekerja di cabang kami dekat Mae Sot, gaji dan tim yang sama. Sopir kami akan menjemput Anda di bandara dan membawa Anda menyeberangi sungai ke kantor. Tolong kirim detail penerbangan Anda kalau sudah ada.
    .title = Pindah kantor
    .source = Pesan Telegram dari perekrut
    .explain = Tes mengetik bukan wawancara sungguhan, dan tempat kerja berubah setelah Anda setuju. Di seberang sungai dari Mae Sot adalah Myanmar: dibawa melintasi perbatasan tanpa melalui imigrasi adalah cara banyak orang dibawa ke kompleks penipuan.

quiz-rec-polished-visa = Pelamar yang terhormat, terima kasih telah menyelesaikan asesmen kami. Velmora Global Services Ltd (Reg. No. 2019/448213) dengan senang hati menawarkan posisi Client Relations Officer di Phnom Penh. Agar lebih cepat, Anda akan masuk dengan visa turis; kami akan menggantinya dengan izin kerja setelah Anda tiba.
    .title = Tawaran client relations
    .source = Email dari perekrut
    .explain = Tata bahasa yang rapi dan nomor registrasi mudah dipalsukan. Pekerjaan asli di luar negeri datang dengan visa kerja sebelum Anda berangkat; bekerja dengan visa turis membuat Anda tanpa status hukum dan tanpa perlindungan.

quiz-ph-rec-factory-taichung = Halo Ibu Santos, ini Carla dari Luzon Overseas Manpower. Kabar baik: pabrik di Taichung menerima Anda sebagai operator mesin, NT$29.500 per bulan plus lembur, 3 tahun. Pemeriksaan kesehatan Anda hari Selasa di St. Jude Clinic; setelah itu kami mengajukan visa dan memesan PDOS Anda. Kontrak Anda sudah siap untuk Anda baca di kantor kami.
    .title = Kerja pabrik di Taichung
    .source = SMS dari agensi
    .explain = Upah minimum Taiwan, lama kontrak yang biasa, dan langkah yang dilalui setiap pekerja Filipina (pemeriksaan kesehatan, visa, PDOS). Kontraknya menunggu di kantor yang bisa Anda datangi, sebelum Anda berangkat.

quiz-ph-rec-airport-script = Hai, pekerjaan Anda di Bangkok sudah pasti 🙂 Supaya prosesnya tidak lama, Anda berangkat sebagai turis. Kalau petugas imigrasi bertanya, bilang Anda mau mengunjungi sepupu selama seminggu dan tunjukkan tiket pulang yang kami pesankan. Staf kami akan menjemput Anda di gerbang di Bangkok. Untuk sekarang, ini cukup di antara kita saja.
    .title = Tips perjalanan untuk kerja di Bangkok
    .source = Pesan Messenger dari perekrut
    .explain = Anda diberi tahu apa yang harus dikatakan kepada imigrasi, berangkat sebagai turis untuk bekerja, dan merahasiakannya. Pemberi kerja asli tidak pernah butuh Anda berbohong di bandara; pertanyaan di sana ada untuk mencegah perdagangan orang.

quiz-id-rec-carer-taichung = Selamat siang, Ibu Sari, ini Dewi dari PT Karya Mandiri Sejahtera, perusahaan penempatan berizin (P3MI). Keluarga di Taichung memilih Ibu sebagai pengasuh lansia mereka. Sesuai aturan pembebasan biaya bagi pengasuh, Ibu tidak membayar biaya penempatan. Mohon bawa KTP, surat izin keluarga, dan hasil pemeriksaan kesehatan ke kantor kami di Malang hari Senin.
    .title = Pengasuh lansia di Taichung
    .source = SMS dari agensi
    .explain = Perusahaan berizin, aturan yang memang ada (biaya penempatan tidak boleh dibebankan kepada pengasuh dan pekerja rumah tangga lainnya), dan dokumen yang diminta undang-undang, seperti surat izin keluarga, dibawa ke sebuah kantor.

quiz-id-rec-callcentre-batam = Hai kak, call centre di Phnom Penh butuh staf Indonesia: 12 juta rupiah per bulan, tanpa pengalaman, tempat tinggal gratis 😊 Tidak perlu daftar sebagai pekerja migran, itu makan waktu berbulan-bulan. Kakak terbang ke Batam, menyeberang ke Singapura sebagai turis, dan perusahaan mengurus izin kerja di sana. Tiket untuk minggu depan sudah siap.
    .title = Call centre di Phnom Penh
    .source = Pesan WhatsApp dari orang tak dikenal
    .explain = Gaji tinggi tanpa pengalaman, rute yang menghindari pendaftaran sebagai pekerja migran, dan masuk sebagai turis untuk bekerja. Memutari proses resmi menghilangkan semua perlindungan, dan Phnom Penh adalah tujuan kompleks penipuan yang dikenal.

quiz-vn-rec-eps-korea = Halo Bapak Tuan, selamat: Anda lulus tes bahasa Korea EPS-TOPIK 🎉 Berkas Anda kini masuk daftar calon untuk pekerjaan manufaktur di Korea. Jika pemberi kerja memilih Anda, gajinya paling sedikit upah minimum Korea (sekitar 2,16 juta won per bulan untuk kerja penuh waktu), dan Anda menandatangani kontrak standar sebelum visa. Tes keterampilan: 14 April.
    .title = Izin kerja Korea
    .source = SMS dari Pusat Tenaga Kerja Luar Negeri
    .explain = Employment Permit System dijalankan antara dua pemerintah: tes bahasa Korea, tes keterampilan, upah minimum resmi, dan kontrak standar sebelum visa. Tidak perlu calo dan tidak ada pembayaran besar yang diminta.

quiz-vn-rec-deposit-japan = Halo Bapak Tuan, kami punya 6 tempat untuk pabrik makanan di Aichi, Jepang, ¥250.000 per bulan, tanpa bahasa Jepang, berangkat dalam sebulan. Untuk menahan tempat Anda, bayar deposit 180 juta dong minggu ini. Kontrak kerja akan ditandatangani di perusahaan di Jepang. Perusahaan kami sudah mengirim banyak pekerja sebelumnya.
    .title = Pabrik makanan di Aichi
    .source = Pesan Zalo dari calo
    .explain = Deposit yang sangat besar untuk menahan tempat, gaji di atas yang biasa untuk pekerjaan seperti itu, tanpa pelatihan bahasa, dan tanpa kontrak sampai Anda tiba. Hukum membatasi biaya layanan paling banyak satu bulan gaji per tahun kontrak, dan hanya dipungut setelah kontrak ditandatangani.

quiz-in-rec-welder-jubail = Sharma Overseas Manpower (agen perekrut terdaftar, RC B-2187/MUM/PART/1000+/5/9930/2021) sedang menyeleksi tukang las pipa untuk proyek kilang di Jubail, Arab Saudi: SAR 2.200 per bulan, makan dan tempat tinggal dari pemberi kerja. Tes keterampilan di Mumbai tanggal 12 Mei. Biaya layanan ₹20.000 plus GST, dengan kuitansi.
    .title = Tukang las untuk Jubail
    .source = Iklan koran dari agen
    .explain = Nomor registrasi yang bisa dicari, tes keterampilan untuk pekerjaan terampil, gaji wajar, dan biaya layanan di bawah batas resmi ₹30.000 (plus GST), dengan kuitansi.

quiz-in-rec-data-bangkok = Halo, kami mendapat profil Anda dari portal lowongan kerja. Sebuah perusahaan digital di Bangkok butuh staf entri data: ₹1,2 lakh per bulan, makan dan tempat tinggal gratis, cukup bahasa Inggris dasar dan mengetik. Wawancaranya obrolan singkat di WhatsApp hari ini. Anda bisa berangkat dengan visa saat kedatangan; tim kami menjemput di bandara.
    .title = Entri data di Bangkok
    .source = Pesan WhatsApp
    .explain = Gaji sangat tinggi untuk pekerjaan sederhana, "wawancara" lewat chat, dan masuk sebagai turis untuk bekerja. Pemerintah India sudah memperingatkan bahwa tawaran seperti ini berujung di kompleks penipuan di Myanmar, Laos, dan Kamboja.

## Messages from strangers

quiz-msg-dating-meet = Aku senang sekali ngobrol minggu ini 😊 Mau ngopi Sabtu sore, di kafe dekat perpustakaan? Atau video call sebentar dulu kalau kamu lebih suka; terserah kamu. Aku bebas setelah jam 3, dan pemiliknya bikin kue mangga yang enak banget.
    .title = Ngopi hari Sabtu
    .source = Pesan aplikasi kencan
    .explain = Orang yang mengajak bertemu di tempat umum, menyerahkan pilihan kepada Anda, dan tidak meminta apa pun melakukan hal yang dihindari penipu asmara. Video call membantu, meski video bisa dipalsukan; yang terpenting, uang atau tip investasi tidak pernah ikut di dalamnya.

quiz-msg-wallet-found = Halo, apakah Anda kehilangan dompet? Saya menemukan satu di terminal bus pusat berisi kartu nama Anda dan menyerahkannya ke kantor terminal, loket 2. Anda bisa mengambilnya di sana dengan KTP sampai pukul 20.00 pada hari kerja. Tidak perlu membalas, saya hanya ingin memberi tahu.
    .title = Dompet yang hilang
    .source = SMS dari nomor tak dikenal
    .explain = Nomornya tidak dikenal, tetapi pesannya tidak meminta apa pun: tanpa uang, tanpa tautan, tanpa obrolan. Anda diarahkan ke kantor umum tempat Anda menunjukkan identitas Anda sendiri.

quiz-msg-wrong-number-sorry =
    Hai Dara, makan malamnya tetap jam 7? Aku sudah pesan meja dekat jendela 🙂
    (Anda membalas: "Maaf, salah sambung.")
    Aduh, maaf sekali! Sepertinya aku salah menyimpan nomor. Semoga tidak mengganggu. Selamat malam.
    .title = Pesan makan malam
    .source = SMS dari nomor tak dikenal
    .explain = Salah sambung memang terjadi. Orang ini minta maaf, berhenti, dan tidak meminta apa pun; tanda bahayanya adalah orang asing yang terus mengobrol setelah Anda bilang salah sambung.

quiz-msg-dating-telegram = Aku belum pernah merasa sedekat ini dengan siapa pun secepat ini 😊 Aplikasi ini terus mengeluarkanku, bisa kita ngobrol di Telegram saja? Kamera HP lamaku rusak, tapi aku akan meneleponmu dengan benar setelah pulang dari kapal bulan depan. Ceritakan lagi tentang harimu.
    .title = Kenalan yang bekerja di kapal
    .source = Pesan aplikasi kencan
    .explain = Perasaan kuat yang sangat cepat, pindah cepat ke aplikasi lain, dan alasan untuk tidak bicara lewat video. Bersama-sama, ini ciri khas penipuan asmara, yang sering berubah menjadi "investasi" kemudian.

quiz-msg-social-nurse = Hai, aku lihat komentarmu di grup traveling dan harus menyapa, kamu kelihatan baik sekali! Aku perawat di Toronto. Aku jarang pakai Facebook, bisa kita ngobrol di WhatsApp? Pamanku mengajariku trading emas tahun lalu dan itu mengubah hidupku.
    .title = Perawat dari grup traveling
    .source = Pesan Facebook dari orang asing
    .explain = Orang asing yang memuji Anda, ingin segera pindah ke aplikasi pribadi, dan sejak awal menyebut sukses trading. Ini langkah pertama penipuan yang mencampur pertemanan dan investasi.

quiz-msg-wrong-number-chatty =
    Halo, apakah ini Pak Chen? Saya hanya mengonfirmasi pemesanan golf kita hari Minggu.
    (Anda membalas: "Maaf, salah sambung.")
    Oh, mohon maaf, Anda sopan sekali! Saya Linda, saya punya usaha kecil impor anggur di Singapura. Boleh saya tahu Anda dari mana?
    .title = Pemesanan golf
    .source = Nomor tak dikenal di WhatsApp
    .explain = Awalnya seperti salah kirim biasa, tetapi setelah Anda bilang salah sambung, orang itu terus mengobrol, memuji Anda, dan bertanya tentang hidup Anda. Banyak penipuan asmara dan investasi dimulai persis seperti ini.

## Investment and money

quiz-inv-bank-card = Peringatan bank: kami menghentikan pembayaran kartu sebesar US$ 320 di toko online pukul 02.14 hari ini. Jika ini bukan Anda, silakan hubungi kami di nomor yang tercetak pada kartu Anda. Jika ini Anda, Anda bisa mencoba membayar lagi. Kami tidak akan pernah meminta PIN, kata sandi, atau kode sekali pakai.
    .title = Pembayaran kartu yang dihentikan
    .source = SMS dari bank Anda
    .explain = Tidak ada tautan dan tidak ada nomor untuk ditelepon: Anda diarahkan ke nomor yang tercetak di kartu Anda sendiri, yang Anda tahu asli. Peringatan yang membawa tautan atau meminta kode adalah yang patut dicurigai.

quiz-inv-bond-friend = Akhirnya aku taruh sebagian tabungan di obligasi pemerintah di kantor pos: sekitar 6% setahun, tetap selama 5 tahun 😄 Tidak seru, tapi aman. Jangan taruh uang yang mungkin segera kamu butuhkan, dan tanya sendiri di loket, mereka menjelaskannya dengan baik. Mungkin kita bisa merayakannya dengan makan malam murah.
    .title = Obligasi tabungan teman
    .source = Pesan dari teman
    .explain = Teman yang Anda kenal, bunga tetap yang wajar dari lembaga publik, tanpa aplikasi yang harus dipasang dan tanpa tekanan: ia bahkan menyuruh Anda bertanya sendiri di loket. Tip penipuan menjanjikan untung cepat dan besar di platform yang hanya mereka tahu.

quiz-inv-fraud-refund = Mengenai klaim penipuan yang Anda laporkan di cabang kami pada 3 Maret (ref. FR-20419): klaim telah disetujui. Jumlah penuh akan dikembalikan ke rekening Anda dalam 10 hari kerja. Tidak ada yang perlu Anda bayar dan tidak ada kode yang perlu dibagikan. Jika ada pertanyaan, datangi cabang mana pun dengan nomor referensi ini.
    .title = Klaim penipuan Anda
    .source = Email dari bank Anda
    .explain = Ini tentang klaim yang Anda buat sendiri di bank Anda sendiri, dan tidak meminta apa pun: tanpa biaya, tanpa kode, tanpa tautan. Penipuan "pemulihan dana" menghubungi Anda tanpa diminta dan meminta biaya lebih dulu.

quiz-inv-crypto-tip = Pamanku kerja di platform trading dan suka berbagi tip dengan keluarga. Minggu ini aku dapat $2.300 😄 Mulai kecil saja, $300 juga boleh. Keuntungan pertamamu bisa ditarik besoknya, jadi kamu lihat ini nyata. Nanti malam aku bisa tunjukkan cara kerjanya.
    .title = Tip trading dari teman baru
    .source = Teman baru di WhatsApp
    .explain = Tip dari orang yang Anda kenal online, untung besar, dan penarikan kecil di awal "supaya kamu lihat ini nyata". Penipu membiarkan Anda menarik sedikit untuk membangun kepercayaan sebelum Anda menyetor jauh lebih banyak.

quiz-inv-recovery-firm = Kami adalah perusahaan pemulihan dana berizin yang bekerja sama dengan regulator internasional. Penyelidik kami telah melacak $31.000 dari investasi Anda yang hilang ke sebuah akun bursa. Untuk membuka kasus Anda, diperlukan biaya yang dapat dikembalikan sebesar 1.500 USDT. Nomor kasus Anda RC-88412; tim kami siap membantu pada hari kerja.
    .title = Perusahaan pemulihan dana
    .source = Email dari perusahaan pemulihan dana
    .explain = Pesan ini datang tanpa Anda minta, mengaku punya hubungan dengan regulator, dan meminta biaya dalam kripto lebih dulu. Polisi dan regulator tidak memungut biaya untuk mengembalikan uang Anda; ini penipuan kedua yang menyasar orang yang sudah kehilangan uang.

quiz-inv-withdrawal-tax = Penarikan Anda sebesar 48.300 USDT sedang diproses. Berdasarkan aturan internasional anti pencucian uang, pajak penghasilan pribadi 15% (7.245 USDT) harus dibayar sebelum dana dicairkan. Mohon selesaikan pembayaran dalam 72 jam agar akun Anda tetap aktif.
    .title = Penarikan yang ditahan
    .source = Pemberitahuan aplikasi trading
    .explain = Platform asli memotong biaya apa pun dari saldo Anda; ia tidak menahan uang Anda sampai Anda mengirim lebih banyak. Membayar "pajak" ini biasanya berujung pada biaya lain, dan uangnya tidak pernah dicairkan.
