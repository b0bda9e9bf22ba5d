# Machine-drafted translation: needs review by a native speaker.
# Help resources: a name and a description (what they do, when to contact them).
# Ids follow scenarios/resources.toml: resource-<id>.

## For everyone

resource-embassy = Kedutaan atau konsulat negara anda
    .description = Kedutaan negara anda sendiri boleh menyemak sama ada tawaran kerja dan majikan itu benar sebelum anda pergi, dan ia membantu rakyat yang terperangkap di luar negara. Cari nombornya di laman web kementerian luar negeri anda sebelum berangkat, dan simpan dalam telefon anda.

resource-iom = IOM, agensi migrasi PBB
    .description = IOM membantu mangsa pemerdagangan manusia: tempat tinggal yang selamat, rawatan kesihatan, kaunseling dan pulang ke tanah air dengan selamat. Hubungi pejabat IOM di negara anda atau di negara tempat anda berada.

## Philippines

resource-ph-iacat-1343 = 1343 Actionline (IACAT)
    .description = Talian bantuan 24 jam oleh Inter-Agency Council Against Trafficking di Filipina. Hubungi talian ini untuk melaporkan perekrut yang mencurigakan, atau apabila anda atau ahli keluarga anda memerlukan bantuan; ia juga ada nombor percuma untuk rakyat Filipina di luar negara.

resource-ph-dmw-verify = Department of Migrant Workers (DMW)
    .description = Semak di laman web DMW sama ada agensi pengambilan pekerja itu berlesen, sebelum anda membayar apa-apa atau berangkat. Hanya agensi berlesen dibenarkan menghantar pekerja ke luar negara.

## Thailand

resource-th-1300 = Talian bantuan 1300 (Social Assistance Center)
    .description = Talian bantuan Kementerian Pembangunan Sosial dan Keselamatan Insan Thailand, untuk sesiapa sahaja di Thailand. Hubungi talian ini untuk melaporkan pemerdagangan manusia atau meminta bantuan.

resource-th-1300-abroad = Talian bantuan 1300 dari luar negara
    .description = Bantuan yang sama untuk rakyat Thailand di luar Thailand. Telefon atau hantar mesej secara percuma, 24 jam sehari, jika anda atau orang yang anda kenali terperangkap atau menjadi mangsa pemerdagangan di luar negara.

## Cambodia

resource-kh-police-117 = Talian bantuan polis Kemboja
    .description = Talian bantuan polis kebangsaan di Kemboja. Berhati-hati: mangsa yang terselamat berkata sesetengah polis tempatan menyampaikan permintaan bantuan kembali kepada bos pusat penipuan. Jika boleh, hubungi kedutaan anda atau organisasi yang dipercayai dahulu, dan sentiasa berikan lokasi tepat anda.

## India

resource-in-cyber-1930 = Talian bantuan penipuan siber 1930
    .description = Hubungi 1930 dengan segera jika anda kehilangan wang akibat penipuan dalam talian: laporan awal boleh membantu menyekat wang itu. Anda akan menerima pautan untuk melengkapkan laporan di portal kebangsaan.

resource-in-cybercrime-portal = National Cyber Crime Reporting Portal
    .description = Laporkan penipuan dalam talian dan jenayah siber lain dari mana-mana tempat di India. Jika anda sudah menghubungi 1930, lengkapkan laporan anda di sini dalam masa 24 jam.

## Indonesia

resource-id-safe-travel = Aplikasi Safe Travel (Kementerian Luar Negeri Indonesia)
    .description = Aplikasi percuma daripada kementerian luar negeri Indonesia untuk rakyatnya di luar negara. Dalam kecemasan, butang panik aplikasi ini menghantar lokasi anda kepada kedutaan atau konsulat Indonesia yang terdekat. Pasang aplikasi ini sebelum anda berangkat.

## Malaysia

resource-my-nsrc-997 = Pusat Respons Scam Kebangsaan (NSRC)
    .description = Hubungi 997 dengan segera jika anda telah menghantar wang kepada penipu: pusat ini bekerjasama dengan bank untuk membekukan wang itu dengan cepat. Talian ini dibuka 24 jam sehari.

## Viet Nam

resource-vn-111 = Talian bantuan kebangsaan 111
    .description = Talian bantuan percuma 24 jam di Vietnam untuk melaporkan pemerdagangan manusia dan mendapatkan sokongan untuk mangsa. Ia juga talian bantuan perlindungan kanak-kanak kebangsaan.

## United States

resource-us-trafficking-hotline = National Human Trafficking Hotline
    .description = Talian bantuan sulit 24 jam di Amerika Syarikat untuk mangsa, mangsa yang terselamat dan sesiapa yang bimbang tentang seseorang. Ia menggunakan bahasa Inggeris dan Sepanyol, dengan jurubahasa untuk lebih daripada 200 bahasa lain. Ia bukan polis.

resource-us-trafficking-text = National Human Trafficking Hotline melalui SMS
    .description = Hantar mesej ke nombor ini jika anda tidak dapat menelefon dengan selamat. Ia sulit.

resource-us-ic3 = FBI Internet Crime Complaint Center (IC3)
    .description = Laporkan penipuan pelaburan dan kripto dalam talian kepada FBI, beserta butiran setiap bayaran. FBI tidak mengenakan bayaran untuk menyiasat; sesiapa yang meminta yuran untuk mendapatkan semula wang anda ialah penipu.
