# Machine-drafted translation: needs review by a native speaker.
half-knew-title = 半知情的人
half-knew-summary = 招聘的人直说了：国外的工作是“网络营销，有点灰色”。你需要钱。你到底答应了什么？
half-knew-content-note = 这个故事从一份工作邀约开始，一直走进诈骗园区。故事提到威胁、编造的债务，以及被“卖”到别的园区的人，但不会出现暴力场面。你可以随时按 q 暂停或退出。

## Characters

half-knew-character-recruiter = { $recruiter }，招聘人
half-knew-character-cousin = 你的表哥
half-knew-character-consul = 你的国家驻金边大使馆
half-knew-character-leader = 组长
half-knew-character-embassy = 大使馆紧急热线
half-knew-character-relative = 你的{ $relative }

## Variables

half-knew-who-khamla = 坎拉，24 岁，来自老挝沙湾拿吉的男生
half-knew-who-thu = 阿秋，22 岁，来自越南乂安的女生
half-knew-who-aung = 阿昂，26 岁，来自缅甸曼德勒的男生

half-knew-place-sihanoukville = 西哈努克港
half-knew-place-bavet = 巴域
half-knew-place-poipet = 波贝

half-knew-recruiter-nok = 阿诺
half-knew-recruiter-tony = 托尼
half-knew-recruiter-linda = 琳达

half-knew-coworker-mai = 阿梅
half-knew-coworker-joy = 乔伊
half-knew-coworker-bayu = 巴尤

half-knew-relative-sister = 姐姐
half-knew-relative-brother = 哥哥

## Home

half-knew-start-who = 你是{ $who }。你读完了书，会一点英语，手机用得很快。在家乡工作工资低，而且不是每个月都有。
    .discuss = 你身边有谁会接受一份“有点灰色”的工作？为什么？
half-knew-start-money = 去年家里借了钱，现在放贷的人在催。在 Telegram 的一个找工作群里，一个招聘人主动给你发了消息。

half-knew-offer-job = 你好！柬埔寨{ $place }的网络营销工作，月薪 ${ $salary }。用英语和你的母语跟客户聊天。
    .discuss = 招聘人坦白说这份工作“灰色”。这让其余的条件更可信，还是更不可信？
half-knew-offer-grey = 跟你说实话：有点灰色。跟外国人聊天卖东西，有些故事不是百分之百真的。没什么危险。很多你们国家的人在那边干。
half-knew-offer-paid = 大巴、专车和住宿公司包。下周就开始。
half-knew-offer-ask-grey = 先问清楚“有点灰色”到底是什么意思，再回答
    .feedback = 这是个合理的问题。“网络营销”对工作内容什么都没说，“有点灰色”藏起来的比说出来的多。在去任何地方之前，得到答案，或者发现对方不回答，都很值得。
half-knew-offer-say-yes = 答应。很多人都是靠灰色的活过日子，而且钱多
    .feedback = 很多人会答应，原因很好理解：债是真的，招聘人听起来也很坦诚。但“有点灰色”是一份含糊的工作，只是聊天就给当地好几倍的工资，这就是诱饵。等在那一头的，不是对方说的那样。
half-knew-offer-ask-cousin = 回答之前，先问问通过持牌中介在国外工作的表哥
    .feedback = 问一个走正规渠道的人，你就有了可以比较的东西。不需要技能的工作，工资却比附近任何地方都高这么多，这本身就是危险信号。

half-knew-grey-answer-explain = 你扮成一个友善的人聊天，聊聊投资，剩下的公司来做。你不偷任何人的东西。你只是聊天。
half-knew-grey-answer-contract = 合同到那边再签。老板在{ $place }。
half-knew-grey-answer-friday = 只剩三个名额了。星期五之前告诉我。
half-knew-grey-answer-ask-contract = 说可以考虑。但你要先拿到书面合同和公司名称
    .feedback = 你顶住了截止时间的压力。“到那边再签”，也就是在你过了边境之后，意味着在最需要合同的时候没有合同；催你，就是为了让你别再多问。
half-knew-grey-answer-go-now = 趁名额还在，答应下来。“聊聊投资”听起来就是销售
    .feedback = 截止时间会让任何人更快做决定，“只剩三个名额”就是为此编出来的。出发前没有合同，就没有任何东西写明工作是什么、工资多少、你能不能离开。
half-knew-grey-answer-decline = 拒绝。劝别人“投资”听起来就是为了钱说谎
    .feedback = 你听出了这些话真正的意思。拒绝是有代价的：债还在，找工作群里还在不断发同样的邀约。

half-knew-end-declined = 你拒绝了，{ $recruiter }不到一分钟就把你拉黑了。债还在，家乡的低工资也还在。几个月后，邻居家的儿子从{ $place }回来了，是家里付了钱才把他弄出来的；他什么都不愿说。你继续找工作，并去劳动部门问了通过持牌中介出国工作的事。

half-knew-cousin-heard = 这种工作我听说过。我们县有两个男孩去了{ $place }。家里得付钱才把他们接回来。
    .discuss = 表哥的路更慢、挣得更少，还要花钱。为什么它经过一个你能亲自去的办公室，仍然很重要？
half-knew-cousin-official = 想出国打工，就去城里的劳动部门。要一份持牌中介的名单。我的中介就在名单上。
half-knew-cousin-slow = 是慢一些。要体检，要交有收据的合法费用，可能还要等三个月。钱比这个少。但你知道自己去哪儿。
half-knew-cousin-labour-office = 带着表哥中介的名字去劳动部门
    .feedback = 通过持牌中介的工作可以核实，也不是在聊天里就定下来的。你要花几个月和一笔费用，工资也更低：这就是一份你可以辞掉的工作的代价。
half-knew-cousin-tell-recruiter = 把表哥的话告诉{ $recruiter }，看对方怎么回答
    .feedback = 试探一下招聘人很自然。听听对方怎么回：真正的雇主会用名字、文件和地址来回答，而不是用截止时间。
half-knew-cousin-take-grey = 接下灰色的工作。放贷的都上门了，三个月太久了
    .feedback = 钱的压力是真实的，招聘的人就靠这个。一份只存在于 Telegram 聊天里的工作，没有持牌中介，家乡也没有办公室，一旦出事，你没有任何保护。

half-knew-end-genuine = 劳动部门的名单上有你表哥的中介。四个月后，做完体检、交了有正式收据的合法费用，你在国外一家工厂开始上班。工资比{ $recruiter }许诺的少，活也累，但你有合同，护照在自己手里，还有休息日。你每个月都往家里寄钱。

half-knew-written-pdf = 好的，没问题。这是合同：公司名称，工资 ${ $salary }，有董事的盖章。
half-knew-written-website = 还有我们的网站。我们是注册公司，注册号在页面最下面。
half-knew-written-trust-papers = 看完安心了一些。有章、有网站、有注册号：是真公司
    .feedback = 这样的文件很容易做，一个带注册号的网站一个下午就能弄好。正因为如此才会被拿来用：它们让细心的人觉得自己已经核实过了。
half-knew-written-copy-relative = 把合同、网站、{ $recruiter }的号码和地址都发给你的{ $relative }
    .feedback = 很好：你没有把文件当成证据，现在家里有人掌握了所有细节。以后这可能非常重要。
half-knew-written-call-embassy = 打电话给你的国家驻金边大使馆，问他们知不知道这家公司
    .feedback = 用你自己查到的号码去核实，而不是招聘人给的号码，这才是检验这类文件的办法。

half-knew-embassy-check-no-record = 我们没有这家公司作为雇主的记录。这不能证明它是假的，但我们也没法说它是真的。
half-knew-embassy-check-addresses = 我们帮助过从{ $place }的园区出来的公民。很多人被告知工作是做营销。
half-knew-embassy-check-if-you-go = 如果你还是要去：在我们这里登记，护照自己保管，到了以后把地址发给我们。保存好这个号码。
half-knew-embassy-check-stay-home = 留在家里。告诉{ $recruiter }不去了
    .feedback = 一个艰难的决定，是依据真实信息做的。债还在，但你知道那份工作多半是什么了。
half-knew-embassy-check-go-registered = 去，但在大使馆登记、存好号码，把所有资料留给你的{ $relative }
    .feedback = 你需要钱，你也做了能做的一切，让别人找得到你。接下来无论发生什么，都不是因为你粗心。

half-knew-end-checked = 你告诉{ $recruiter }你不去了。消息变得很凶，然后就停了。在劳动部门，一位工作人员给了你一份持牌中介名单。这条路更慢、工资更低，家里一开始也不高兴。后来表哥的一个朋友从{ $place }两手空空地回来，再也没有人问你当初为什么不去。

## The road

half-knew-travel-brief-bus = 好！星期一坐夜班大巴去边境。车票在你邮箱里。
half-knew-travel-brief-friend = 我朋友开车等你。他帮你办入境章，快一点。
half-knew-travel-brief-quiet = 别跟官员说话。如果他们问，就说你去看朋友。

half-knew-border-night = 大巴天黑后到了边境。一个戴鸭舌帽的男人举着写有你名字的牌子。他笑着接过了你的包。
    .discuss = 在这里你还能做什么？每个选择的代价是什么？
half-knew-border-passport = “护照给我，”他说，“我去帮你盖章，你在车里等。”
half-knew-border-road = 车没有开向检查站，而是拐上了一条土路。“走这边快，”他说。
half-knew-border-hand-over = 交给他。你累了，他每天都干这个
    .feedback = 漫长的一夜之后，有人“帮你办手续”让人松一口气。但护照离开了你的手，车又绕过了检查站：没有入境章，没有记录，也没有你怎么入境的证明。
half-knew-border-keep-and-share = 护照攥在自己手里。把实时位置和车牌号发给你的{ $relative }
    .feedback = 你保住了护照，也留下了线索。你还是继续往前走，这是你的选择：现在家里有人确切知道你从哪里过的境。
half-knew-border-get-out = 让他停车。下车，走回正式的检查站
    .feedback = 不走检查站过境不会留下任何记录。走回去很可怕，在夜里，一个陌生人正冲你发火，而且你会丢掉这份工作和车费。

half-knew-end-border = 司机骂了几句，把你的包扔到路上，开车走了。在检查站，在你自己国家这一侧，一位官员听你说完，记下了那辆车的车牌。你在长椅上睡了一夜，坐第一班大巴回家，车费是向朋友借的。{ $recruiter }发消息说你欠公司“占位费”。你没有回复，并举报了这个账号。

## The compound

half-knew-arrive-gate = “办公室”是一排高楼，围墙顶上拉着铁丝网。门口的保安为车打开大门，又在你身后关上。
half-knew-arrive-taken = 桌前的一个女人拿走了你的护照和手机，说是“代为保管”，给了你一部装满假账号的工作手机。
half-knew-arrive-floor = 你这一层有六十张桌子。没有人抬头。
half-knew-arrive-for-staff = 心想：这个地方乱。保安和放护照的保险柜是为了保护员工
    .feedback = 这是别人告诉你的，熬了一整夜之后，也更容易相信。但在你身后锁上大门的保安、墙头的铁丝网、放在别人抽屉里的你的护照和手机，都是为了把你关在里面、切断你和外界的联系。真正的雇主一样都不需要。
half-knew-arrive-locked-in = 心想：大门在身后锁上了，护照和手机在抽屉里。就算想走也走不了
    .feedback = 你看得很清楚。围墙、保安，还有以“代为保管”为名拿走的护照和手机，都是为了把人关在里面，让他们得不到帮助。看清这一点，是寻找安全方式把消息传出去的第一步。
half-knew-arrive-grey-looks = 心想：我知道这是灰色的。也许灰色的活就是这个样子
    .feedback = “灰色”这个词被选出来，就是为了让这一切看起来像是你自己答应的。你答应的是聊天卖东西，不是锁上的大门和保安。没有人能答应被关起来。

half-knew-boss-knew = 你知道这是什么活。没人骗你。是你自己答应的。
    .discuss = 老板们为什么一遍又一遍地说“你知道的”？这句话对听的人有什么作用？
half-knew-boss-debt = 大巴、车、住、吃：你欠 ${ $debt }。完不成指标，罚款另算。想走？先还钱。敢惹事，我就把你卖给别的公司。
half-knew-boss-police = 警察？警察抓骗子。你现在就是骗子。
half-knew-boss-my-fault = 心想：他说得对。我知道这是灰色的。是我自找的
    .feedback = 这是陷阱在说话，而且它被设计得听起来像真的。你答应的是一份听起来不太干净的工作。你从来没有答应被锁在门里、背上编造的债、被卖掉，也没有人能答应这些。知道有些不对劲，不会让你变成罪犯，也不会让这一切成为你的错。
half-knew-boss-not-this = 心想：我答应的是聊天卖东西。我从没答应过高墙、债务和保安
    .feedback = 没错。你答应的事和别人对你做的事，是两回事。债是编出来困住你的，“你知道的”是为了让你羞愧、闭嘴。被迫诈骗的人是受害者，不管他们出发时知道多少。指标和罚款，就是为了让这笔债越滚越多。
half-knew-boss-pay-off = 心想：好好干，几个月还清债，然后回家
    .feedback = 希望靠干活脱身是很自然的。但这笔债是编的，而且会越滚越多：罚款、伙食费、各种“费用”。它被设计成永远还不清，背后还有要把你卖掉的威胁。每次完不成指标都要加罚款，而对惩罚的恐惧，正是逼人一直干下去的东西。

half-knew-desk-script = 工作手机上的话术：扮成一个有钱的年轻交易员，交朋友，然后给对方看一个加密货币应用。你的指标是每天三个新“朋友”。
half-knew-desk-behind = 这是你的第二周，你没完成指标。组长在你桌前停下，看你的屏幕。
half-knew-desk-follow = 照着话术做。完不成指标就罚款，或者更糟
    .feedback = 你做了被逼着做的事，头上压着债和威胁。这不是你的错：联合国称处在你这种境地的人是受害者，不是罪犯，这一点不会因为这份工作曾被叫作“灰色”而改变。代价是真实的：远方有一个人正被越拉越深。
half-knew-desk-slow = 聊天保持友好，但永远不提那个应用。汇报“没有进展”
    .feedback = 尽量少造成伤害是勇敢的，也有代价：罚款加到你的债上，组长的眼睛一直盯着你。无论你在这里怎么选，都是在威胁下做的选择。
half-knew-desk-refuse = 告诉组长你不干这个。你是来做营销的
    .feedback = 当面说“不”需要勇气。它让你付出了代价：罚款、要把你卖掉的警告，还有一晚没饭吃。这不是你的错，说出实话也不是错误。

half-knew-afraid-phone = 那天夜里，睡在你上铺的{ $coworker }小声说：“我有一部手机。藏着的。两分钟，在厕所里。”
    .discuss = 里面很多人相信，既然早知道有些不对劲，就不能求助。你想让他们知道什么？
half-knew-afraid-fear = “可是你要打给谁？要是联系大使馆，他们会问我们干了什么。我们知道这是灰色的。说不定也会抓我们。”
half-knew-afraid-we-are-victims = 小声回答：“我们答应的是工作，不是这个。我们可以求助。”
    .feedback = 这是实话，说出来对你们两个都有帮助。大使馆也帮助那些明知工作不太干净还出去的公民；对他们来说，重要的是你被关着、被强迫。
half-knew-afraid-just-phone = 这件事什么都不说。只接过手机，说声谢谢
    .feedback = { $coworker }也被关在这里，却为你冒了险。里面的人互相帮助，很多消息就是这样传出去的。
half-knew-afraid-no-one = 拒绝。也许{ $coworker }说得对：谁会帮一个早就知道的人？
    .feedback = 这种恐惧，正是“你知道的”这句话想要的：让人闭嘴。这不是真的。知道一份工作是灰色的，并不会让你失去被帮助的权利，大使馆帮助的正是和你处境一样的人。

half-knew-end-silent = 你把手机原样还了回去。一周又一周过去，债越来越多。眼下你还在里面。你不是罪犯，你答应一份灰色工作时，并没有放弃被帮助的权利：那是老板们想让你相信的。成千上万的人在一条消息传出去之后获救，消息来自他们自己，或者他们的家人。{ $coworker }还留着那部手机。

half-knew-phone-bathroom = 厕所。一格信号。两分钟。
half-knew-phone-who = 你发给谁？
half-knew-phone-local-police = 当地派出所的主页。他们离得近，今晚就能来
    .feedback = 这看起来是最快的帮助。但在园区附近，当地警察可能和老板们有联系，幸存者说消息被转回去了。你的大使馆、国家热线、可信的非政府组织或你的家人，是更安全的第一步。
half-knew-phone-embassy = 你国家大使馆的紧急热线，号码来自官网：你在哪里，你被关着
    .feedback = 大使馆有给身处危险的公民用的紧急热线，并和可信的非政府组织及当局合作。他们不会问你值不值得帮。
half-knew-phone-consul-again = 出发前存下的大使馆号码。他们已经有你的名字
    .feedback = 出发前登记很细心，现在派上了用场：大使馆知道你是谁，也知道你说过要去哪里。
half-knew-phone-relative = 你的{ $relative }：你在哪里、公司名字，还有“联系大使馆”
    .feedback = 家人可以替你联系大使馆和国家热线，一直打下去。一个地名和一个公司名，让他们有了可以行动的依据。
half-knew-phone-relative-knows = 你的{ $relative }，手里已经有合同、车牌号和地址：“是真的出事了。联系大使馆。”
    .feedback = 你出发前留给家人的东西现在起作用了：一个电话，他们就能把所有信息交给大使馆。

half-knew-leaked-office = 两天后，组长把你叫进办公室，把你发给警察的消息放在桌上。
half-knew-leaked-shown = “派出所的朋友发给我的。看见没？没人帮骗子。”他说你要被“调”去另一家公司。

half-knew-embassy-reply-got = 我们收到你的消息了。你没有麻烦。我们正在想办法帮你。
half-knew-embassy-reply-victim = 被迫在这种地方工作的人是受害者。我们不问你为什么去。
half-knew-embassy-reply-pin = 如果安全，请发定位和楼的名字。
half-knew-embassy-reply-send-now = 现在就发定位，趁保安在走廊尽头
    .feedback = 真实的风险，很快地冒了。有了位置，大使馆和当局才能行动。
half-knew-embassy-reply-tell-knew = 先写实话：“我知道这份工作是灰色的。我会被抓吗？”
    .feedback = 很多人不敢问这个。去问大使馆，而不是问老板们，才能得到真实的回答。
half-knew-embassy-reply-wait-night = 删掉聊天，等到晚上走廊没人时再说
    .feedback = 等一个更安全的时机是合理的选择；保安就在附近。接下来发生的事，不是你能预先知道的。

half-knew-embassy-answers-knowing = 知道一份工作是灰色的，不等于你同意被关、被威胁或被卖。你是人口贩卖的受害者，你会被当作受害者对待。
half-knew-embassy-answers-pin = 现在，如果安全：定位和楼的名字。

half-knew-family-reply-got = 收到了。我爱你。不安全就别回。
half-knew-family-reply-calling = 我现在就打给大使馆和热线。
half-knew-family-reply-ask = 他们问：多少人，哪栋楼？
half-knew-family-reply-send-others = 我这层大约六十人，很多国家的，门口旁边那栋灰色高楼
    .feedback = 人数和楼名能让几个大使馆一起行动，人们常常是成批获救的。
half-knew-family-reply-just-me = 写“只有我，得走了”，然后把手机还回去
    .feedback = 你自己的消息传出去是最重要的，快点还手机也能保护{ $coworker }的安全。
half-knew-family-reply-what-i-did = 写：“别生气。我知道那份工作是灰色的。”
    .feedback = 羞耻会跟着人进园区，也会跟着人出来。家人听到实话后，通常更在乎的是你能回家。

half-knew-family-answers-answer = 我不管那工作叫什么。你是我的亲人。把楼名发给我。

half-knew-transfer-dawn = 天亮前，保安叫醒了你这一层的十几个人，你也在其中。“新公司，”组长说，“你的债跟着你走。”
half-knew-transfer-vans = 两辆面包车停在门口，车窗都遮住了。
half-knew-transfer-memorise = 从遮布的缝里看路，记住每一块路牌
    .feedback = 悄悄收集你能收集的信息，是保留一点掌控的办法。这是在威胁下做的，这次转移没有任何一点是你的错。
half-knew-transfer-whisper-name = 把你的名字和家乡小声告诉留下来的{ $coworker }
    .feedback = 保安就在旁边，这是冒险。一个传下去的名字，能在你自己做不到的时候到达大使馆。
half-knew-transfer-head-down = 低着头，照他们说的做
    .feedback = 在威胁下尽量保护自己，是一个真实的选择。这不是放弃，也不是你的错。

## Endings

half-knew-end-rescued = 三周后，门口开始念名字：大使馆、一个可信的非政府组织和当局一起行动了。其中有你的名字。接下来是几天的甄别和办证件，住在庇护所里，然后才踏上回家的路。没有人要你证明自己当初不知道。知道一份工作是灰色的，从来不等于同意被关、被威胁或被卖，你被当作人口贩卖的受害者对待，因为你就是。那笔债从来不是真的。招聘的人可能会再次联系幸存者：把大使馆的号码留在身边。

half-knew-end-group = 你的消息给了大使馆一栋楼和一个人数。几个大使馆和一个非政府组织一起行动，几周后，一大批人获释，你也在其中。之后是甄别、等证件，以及被当作受害者而不是罪犯对待的权利。和你一起获释的人里，有的知道那份工作不干净，有的不知道；这对他们所遭受的没有任何区别，对他们回家的权利也没有任何区别。

half-knew-end-moved = 你到了另一个园区，另一座城镇，换了新组长，债还是那笔债。这不是你做的任何事造成的：人被转移、被卖掉是常有的事，有时恰好发生在帮助快要到来的时候。关于你的任何消息，只要已经传出去，不管来自你、你的家人还是{ $coworker }，都还在外面，拿到消息的人还在不停地追问。像这样被转移的人，也有被找到、被解救的。你曾经答应过一份灰色的工作；你从没答应过这些，你仍然是受害者，不是罪犯。

## The catalogue's red flags, in this story's setting

half-knew-redflag-vague-role = “网络营销，有点灰色”
    .explain = 一个承认工作“有点灰色”的招聘人听起来很坦诚，还让你觉得自己是知情的自己人。这正是目的：这个词遮住了真正的工作，也就是被关起来、被强迫，之后还会被拿来对付你：“你知道的”。
    .advice = 书面问清楚工作到底是什么、雇主是谁、在哪里。你说不清的工作，就是你没法核实的工作；灰色的工作不会给你合同、法律或任何站在你这边的机构。

half-knew-redflag-passport-handover = 护照在边境被拿走
    .explain = 长途之后，一个“帮你盖章”的司机能省时间。但护照一离开你的手，车又绕过检查站，就没有任何记录说明你是怎么入境的，你也没有东西可以用来离开。
    .advice = 护照自己保管，只在正式检查站过境，让官员当着你的面盖章。如果被人拿走，一旦安全，就告诉大使馆和家人你在哪里。

half-knew-redflag-informal-border = 绕开检查站
    .explain = “走这边快”听起来像本地人的经验，夜里，累着，坐在陌生人的车上，很难反驳。不走检查站过境，没有入境章也没有记录，从第一分钟起你就在那个国家非法滞留，更容易被扣住。
    .advice = 只在正式检查站过境，让护照当着你的面盖章。如果司机拐了弯，在过境前要求下车，并告诉家人和大使馆你在哪里。

half-knew-redflag-debt-bondage = “你知道的”：一笔债和一份内疚
    .explain = 编造的路费和房费债务把人困在原地，“你知道这是什么活”让人闭嘴。两者都是谎言。知道一份工作是灰色的，不等于同意被关、被威胁、被殴打或被卖：根据国际法，一旦使用了欺骗或强迫，当事人的“同意”就不算数；联合国称被迫诈骗的人是受害者，不是罪犯。
    .advice = 你不欠任何因被贩卖而来的债。不管出发时你知道多少，都要把消息传给大使馆、国家热线或家人。大使馆也帮助那些知道工作不干净的公民；重要的是你被关着。
