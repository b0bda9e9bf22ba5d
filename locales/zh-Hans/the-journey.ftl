# Machine-drafted translation: needs review by a native speaker.
the-journey-title = 旅程
the-journey-summary = 你已经答应了一份海外工作，现在正在路上。旅途的每一步都有危险信号，也都有退路。
the-journey-content-note = 这个故事涉及人口贩卖和威胁，但不会出现暴力场面。你可以随时按 q 暂停或退出。

## Characters

the-journey-character-recruiter = { $recruiter }，人事经理
the-journey-character-officer = 边检人员
the-journey-character-contact = { $contact }，公司司机

## Variables

the-journey-traveller-linh = 阿玲，来自越南的会计
the-journey-traveller-arjun = 阿尔琼，来自印度的软件测试员
the-journey-traveller-grace = 格蕾丝，来自乌干达的教师
the-journey-traveller-joseph = 约瑟夫，来自肯尼亚的IT专业毕业生
the-journey-traveller-minh = 明，17岁，来自越南乂安省的一个村子，为了帮家里辍了学

the-journey-hub-dubai = 迪拜
the-journey-hub-hong-kong = 香港
the-journey-hub-singapore = 新加坡
the-journey-hub-kuala-lumpur = 吉隆坡

the-journey-recruiter-vicky = 薇琪
the-journey-recruiter-anna = 安娜
the-journey-recruiter-kelly = 凯莉

the-journey-contact-tony = 托尼
the-journey-contact-ben = 本
the-journey-contact-jack = 杰克

the-journey-relative-sister = 姐姐
the-journey-relative-brother = 哥哥
the-journey-relative-mother = 妈妈
the-journey-relative-cousin = 表姐

## 在家，出发前一晚

the-journey-start-who = 你是{ $traveller }。三周前，一个叫{ $recruiter }的招聘人员给你介绍了一份在曼谷做客服的工作：每月${ $salary }，包机票和住宿。没有人问你多大，也没有人要过一个推荐人。
    .discuss = 到出发前一晚，你已经做了哪些事、花了哪些钱？
the-journey-start-tonight = 家人帮你做好了准备，你也和朋友们道了别。明天早上就要起飞。行李刚收拾好，你的手机响了。

the-journey-briefing-ticket = 晚上好！机票发到你邮箱了。第一段航班只到{ $hub }。你落地后我再发下一张机票。
    .discuss = 这些消息里，哪些会让你担心，哪些听起来正常？
the-journey-briefing-visa = 你用旅游签证过去。工作签证太慢了，到曼谷再换。大家都这样。
the-journey-briefing-holiday = 过边检时就说去度假。别说工作。别说公司名字。
the-journey-briefing-delete = 还有，去机场前请把这段聊天删掉。公司规定。
the-journey-briefing-ask-visa = 问对方：一份正规工作为什么要用旅游签证？并要求先看合同
    .feedback = 问得好。真正的雇主会在你出发前帮你办好工作签证。“以后再换”，就是一份工作变成一趟没有工作权利、没有保护的旅程的开始。
the-journey-briefing-forward = 答应下来，但删除之前，先把整段聊天转发给你{ $relative }
    .feedback = 把副本留给你信任的人很明智，之后可能会派上用场。但危险信号是旅游签证：真正的海外工作，从工作签证开始。
the-journey-briefing-agree = 答应下来。他们办过很多次了，肯定清楚
    .feedback = 旅游签证就是危险信号。招聘的人会把它说成一条正常的捷径。它之所以管用，是因为对方听起来镇定又有把握，而你已经答应了这份工作。

the-journey-pushback-normal = 怎么这么多问题？大家都是这样来的。
the-journey-pushback-contract = 合同到办公室再签。老板很忙。
the-journey-pushback-cancel = 航班明天早上就飞。你现在取消，就得赔机票钱：${ $ticket }。
the-journey-pushback-trust = 我还以为你信任我。很多人都想要这份工作。
the-journey-pushback-check-agency = 做决定之前，打电话给本国的出国务工主管部门，问问这份工作
    .feedback = 你看出了这些压力：没有合同、拿钱威胁、让你内疚。真正的雇主可以等你一天，让你核实。主管部门能告诉你这个招聘人员有没有执照、这份工作有没有登记。
the-journey-pushback-go-anyway = 去吧。你赔不起机票钱，家里人也都指望着你
    .feedback = 催促、一笔机票“债”、没有书面合同，这些都是施压手段。对任何已经做好计划、告诉了家人的人，它们都管用。真正的工作可以等你一天，让你核实。
the-journey-pushback-go-watchful = 去，但跟自己约定：一遇到第一件对不上的事就回头
    .feedback = 对自己的承诺很有价值，很多人都会这么想。但一旦上路就很难守住：每走一步，下一步都显得更小。告诉家里某个人那"第一件事"会是什么，会让承诺更容易守住。

the-journey-end-agency = 出国务工主管部门的工作人员帮你查了。这个招聘人员没有执照，这份工作也没有登记。“真正的海外工作会有工作签证，还有出发前就签好的合同。”她说。你留在了家里。{ $recruiter }再也不回消息了，也从来没有人找你要过机票钱。

## 本国机场

the-journey-departure = 在机场，你来到了边检柜台。边检人员看了看你的旅游签证，又看了看你。“你这次出行的目的是什么？”你脑子里响起{ $recruiter }的话：就说去度假。
    .discuss = 为什么招聘的人要你对唯一可能多问几句的官方人员撒谎？
the-journey-departure-say-holiday = 照别人教的，说“去度假”
    .feedback = 被人教着在边检怎么说，是一个危险信号。边检人员之所以问，是因为他们受过识别人口贩卖的训练。撒谎会让你和这里唯一一个职责就是保护你的人断了联系。
the-journey-departure-tell-truth = 说实话：你是去工作的，用的是旅游签证
    .feedback = 这需要勇气。真正的雇主从来不需要你在边境撒谎，说实话能让边检人员帮助你。
the-journey-departure-turn-back = 什么都不说。离开队伍，回家
    .feedback = 听从心里不好的预感是可以的。回头只会损失一张机票。继续走下去，代价可能大得多。

the-journey-officer = 边检人员放下你的护照。“谢谢你告诉我。你没有惹上麻烦。我们见过很多像这样的工作机会，有些最后把人送进了边境另一边的诈骗园区。能给我看看那些消息吗？”
the-journey-officer-show = 把消息给边检人员看
    .feedback = 在这里，边检人员是真正能帮你的人。机场的工作人员每个星期都会见到这样的路线。聊天记录能让他们核查这个招聘人员，并提醒其他人。
the-journey-officer-back-out = 慌了。说是个误会，真的只是去度假
    .feedback = 害怕惹上麻烦，正是招聘的人所指望的。在这里，边检人员是站在你这边的。在之后的路上，你仍然可以改变主意。
the-journey-officer-take-card = 给官员看消息，但说你已经决定要去。收下官员的名片。
    .feedback = 对持有效签证的成年人，官员并不总能拦下，而做决定是你的权利。名片很重要：一个知道你名字和路线的本国官员，是你的家人可以打电话找的人。

the-journey-end-officer = 边检人员看了聊天记录，叫来一位负责人口贩卖案件的同事。没有工作签证，没有持牌中介，只有一个度假的说法。你错过了航班，但没有惹上任何麻烦。你的举报帮助他们提醒了其他收到同样工作机会的人。

the-journey-end-turned-back = 你回头了。这感觉像是失败，你也担心那笔钱。但你不欠那些让你撒谎的人任何东西。回到家，你向本国的出国务工主管部门举报了{ $recruiter }，现在他们会提醒其他人注意这个工作机会。

## 中转城市

the-journey-transit-landed = 你到{ $hub }了？好。下一张机票在你邮箱里：{ $hub }飞曼谷。
    .discuss = 转机很正常。这趟行程有什么地方不正常？
the-journey-transit-others = 你这班飞机上还有三个新员工。别跟他们坐一起。别说话。你们互相不认识。
the-journey-transit-hotel = 如果曼谷的边检问起，就给他们看酒店预订。就说是度假。
the-journey-transit-turn-back-hub = 秘密太多了。去航空公司柜台问问回家的航班
    .feedback = 一段一段发来的机票、一个中转城市、“别和其他人说话”，让你的路线很难被追踪，无论是官方还是你的家人。在这里回头还来得及。
the-journey-transit-tell-family = 登机，但先把两张机票、招聘人员的号码和护照照片发给你{ $relative }
    .feedback = 你看出了这条路线是故意设计得让人难以追踪的。现在，一个你信任的人可以跟上你的行踪了。不管接下来发生什么，这份副本都能帮上忙。
the-journey-transit-ask-others = 还是和其他应聘者坐在一起，悄悄对比每个人听到的说法
    .feedback = 你看出这条路线就是要把你们分开。对比彼此的说法，应聘者才会发现承诺对不上：一个说是客服，另一个说是数据录入；一个说是曼谷，另一个说是"曼谷附近"。
the-journey-transit-board = 登机。很多人都会转机
    .feedback = 转机很正常。但机票一段一段地发，还被命令不许和其他新招的人说话，这就不正常了。这是为了隐瞒你真正要去的地方，也不让新招的人互相对照各自的情况。

## 曼谷机场

the-journey-arrival-welcome = 欢迎来到曼谷！我是{ $contact }，公司派来的。路上顺利吗？
    .discuss = 为什么刚下长途航班，就在这里要护照？一个人可以怎么说，才能把护照留在自己手里？
the-journey-arrival-passport = 把护照给我。我拿去办公室给你办工作许可。
the-journey-arrival-back = 两三天就还你。其他人都已经给了。
the-journey-arrival-hand-over = 交给他。这是为了办工作许可
    .feedback = 护照是你回家的路，也是你身份的证明。真正的雇主没必要扣着它。他们在机场要，是因为你很累，而其他人都已经答应了。
the-journey-arrival-keep = 笑一笑，说你自己保管，自己带去办公室
    .feedback = 对。雇主没有任何理由扣你的护照。正规公司可以当着你的面复印，然后马上还给你。
the-journey-arrival-photo = 提出让他拍一张护照页的照片代替
    .feedback = 不错的折中办法：需要你信息的雇主，可以当着你的面复印，然后马上把护照还你。看他怎么回答：只需要复印件的人会拍照。

the-journey-refuse-unhappy = 嗯。老板会不高兴的。
the-journey-refuse-permit = 没有护照，就办不了工作许可。那你就自己出钱办。很贵的。
the-journey-refuse-van = 现在就走。面包车在等。大家都在等你。
the-journey-refuse-call-embassy = 走回航站楼，用你国家驻曼谷大使馆官网上的号码给大使馆打电话
    .feedback = 很有力的一步。要用大使馆官网上的号码，不要用别人给你的号码。航站楼是打电话的安全地方：周围有工作人员、有摄像头，到处都是人。
the-journey-refuse-give-in = 交给他。大家都盯着你，你又那么累
    .feedback = 长途旅行之后，很难抵挡一群人给的压力，而他们就是这样计划好的。没有了护照，你就更容易被控制。记住：即使没有护照，你的大使馆仍然可以帮你。
the-journey-refuse-keep-go = 把护照放在口袋里，上面包车
    .feedback = 护照留在自己手里很重要。但你正要坐上一辆车，车上的人刚刚给你施过压。一定要让你信任的人知道你在哪里。

the-journey-end-embassy = 大使馆让你待在航站楼里，并派人来接你。你把面包车的事告诉了他们。泰国官员在车开走之前拦下了它，另外三个新招的人还在车上。这家公司没有为任何人办过工作许可。你们都飞回了家，护照就装在自己的口袋里。

## 往西北去的路

the-journey-van-road = 面包车往西北开了好几个小时。曼谷已经远远落在后面。
    .discuss = 工作地点刚刚变了。在面包车里，你还能做些什么？
the-journey-van-change = { $contact }转过头来：“小小的变动。办公室现在不在曼谷了，在湄索附近。新大楼，公司更大。工作一样。”
the-journey-van-whisper = 你旁边的女人小声说：“湄索就在边境上。我表姐说，有人从那里过河去对面。”
the-journey-van-share-location = 悄悄把实时位置共享给你{ $relative }：“他们把工作地点换了。如果我不回消息了，就给大使馆打电话。”
    .feedback = 你答应之后工作地点又变了，而且是往边境方向变，这是一个严重的危险信号。你的位置和“大使馆”这个词，让家人有了可以采取行动的依据。
the-journey-van-call-relative = 给已经有你机票信息的{ $relative }发消息：“不是曼谷。是湄索。给大使馆打电话。”并共享你的实时位置
    .feedback = 你答应之后工作地点又变了，而且是往边境方向变，这是一个严重的危险信号。你的家人已经有了机票和招聘人员的号码，所以这条消息足够让他们采取行动。
the-journey-van-ask-stop = 让{ $contact }停车：你要回曼谷
    .feedback = 你看出来了：工作地点在你没同意的情况下变了，朝着边境去。{ $contact }笑着说太晚了，车没有停。问是对的；这告诉你，你已经不能自由离开，这正是想尽一切办法告诉外面某个人的时刻。
the-journey-van-stay-quiet = 别出声。这里还是泰国，公司更大也许工资更高
    .feedback = 工作地点没经过你同意就变了，而且是朝边境去的。这从一开始就是计划好的：泰国一小步一小步地变成缅甸或柬埔寨，让每一步都显得不大。

the-journey-checkpoint-stop = 两个小时后，面包车在一个公路检查站前慢了下来。一名官员沿着车身走过来，看着每个人的脸。
the-journey-checkpoint-text = 你的手机震了一下。是你{ $relative }：“我给你的大使馆打了电话。他们把你们那辆车的情况告诉了泰国官员。大声说出来！”
the-journey-checkpoint-order = { $contact }小声说：“如果他们问，我们就是去市场的游客。别的什么都别说。”
the-journey-checkpoint-speak-up = 打开车窗说：“我们是来曼谷工作的。他们要把我们带到边境去。”
    .feedback = 你看清了这条路通向哪里：一条你没有合法途径穿越的边境。已经在找这辆车的官员，正是你应该告诉的人。
the-journey-checkpoint-show-phone = 把手机举到车窗边，屏幕上是你{ $relative }的消息
    .feedback = 你看出这条路通向哪里，并找到了不用说话也能表达的方法。已经在找这辆车的官员明白这条消息的意思。
the-journey-checkpoint-stay-silent = 什么都不说。{ $contact }就在你旁边
    .feedback = 在那一刻害怕是正常的，保持沉默不是你的错。但帮助往往只在那一刻出现，沉默会让那一刻过去。

the-journey-checkpoint-alone-stop = 两个小时后，面包车在一个公路检查站前慢了下来。一名官员沿着车身走过来，看着每个人的脸。
the-journey-checkpoint-alone-order = { $contact }小声说：“如果他们问，我们就是去市场的游客。别的什么都别说。”
the-journey-checkpoint-alone-speak-up = 打开车窗说："我们是来曼谷工作的。他们正把我们往边境带。"
    .feedback = 你看出这条路通向哪里，并当着官员的面大声说了出来。这正是该做的，而且需要勇气。
the-journey-checkpoint-alone-ask-toilet = 请求在检查站上厕所，在那里避开{ $contact }告诉官员
    .feedback = 你看出这条路通向哪里，并找到办法在{ $contact }听不到的地方和官员说话。既谨慎又勇敢。
the-journey-checkpoint-alone-stay-silent = 什么都不说。{ $contact }就在你旁边
    .feedback = 在那一刻害怕是正常的，保持沉默不是你的错。但帮助往往只在那一刻出现，沉默会让那一刻过去。

the-journey-waved = 官员听着。然后他走到车前，和{ $contact }说了很久。两人手里有什么东西递了过去。栏杆抬起来了。车里没有人说一句话。那天夜里，在一条没有边防站的河边，没有拒绝的机会：四个男人，一条小船，你的手机在他们的袋子里。

the-journey-end-checkpoint = 你说出来了，官员打开了车门。因为你{ $relative }给大使馆打过电话，官员们知道要找什么。你们四个人都被带下车，得到了照顾，{ $contact }被带去问话。你的大使馆帮你回了家。

## 湄索附近的河边

the-journey-river-night = 夜里。面包车停在一条土路的尽头。你听到了水声。
    .discuss = 有什么能告诉你，这不是正常的上班路？
the-journey-river-bank = 这里没有边检站。没有国旗，没有官员，也不盖章。只有一条小船和两个等着的男人。
the-journey-river-phones = { $contact }：“手机放进袋子里，只是过河的时候。办公室就在对岸。快，快。”
the-journey-river-get-in = 交出手机，像其他人一样上船
    .feedback = 没有哪份工作是从夜里远离边检站渡河开始的。不盖章就越境，会让你身在另一个国家却没有任何证件，这正是人口贩子想要的。
the-journey-river-refuse-boat = 拒绝。说你不会在没有边检站的地方越境
    .feedback = 你看清了：非正规越境、在夜里、手机被收走。河对岸就是妙瓦底周边的诈骗园区。在这里拒绝很难，也很勇敢。
the-journey-river-last-message = 转过身一秒钟。把实时位置和“湄索附近的河边。给大使馆打电话。”发给你{ $relative }。然后交出手机
    .feedback = 你看清了这次越境的真面目。即使你无法阻止正在发生的事，一个位置和“大使馆”这个词，到了对的人手里，也能改变接下来发生的事。

the-journey-riverbank-angry = 你想一个人留在这里？黑灯瞎火的？
the-journey-riverbank-owe = 你欠公司${ $debt }。机票、签证、酒店。现在就还，不然就上船。
the-journey-riverbank-walk-away = 把护照攥在手里，走回公路，给你的大使馆打电话
    .feedback = 这笔“债”是当场编出来的：那些在工作上骗了你的人，你什么都不欠他们。大使馆有专门应对这种夜晚的紧急电话。
the-journey-riverbank-walk-away-no-passport = 走回公路，给你的大使馆打电话。即使没有护照，他们也能帮你
    .feedback = 没有护照，你可能会觉得走投无路，这正是他们拿走护照的原因。但你的大使馆可以确认你的身份，并给你办理紧急旅行证件。这笔“债”是编出来的：你什么都不欠他们。
the-journey-riverbank-call-relative = 给你的{ $relative }打电话，说清你在哪里，一边走回公路一边保持通话
    .feedback = "债务"是当场编出来的，你什么都不欠。电话里的声音，加上家里有人知道你在哪里，让走回去的路更安全；你走的时候，你的{ $relative }可以打大使馆的紧急电话。
the-journey-riverbank-give-up = 上船。感觉没有别的选择
    .feedback = 威胁、黑暗和编出来的债，能让任何人觉得别无选择。人口贩子是故意制造这种感觉的。这不是你的失败。

the-journey-end-riverbank = 你摸黑走回了公路，给大使馆打了电话。他们让你在有灯、有人的地方等着，并请泰国官员来接你。到了早上，你已经安全了。那笔债是编造的：你什么都不欠。大使馆帮你回了家。

the-journey-end-crossed = 小船过了河，到了缅甸的妙瓦底。没有盖章，没有证件，对岸等着的是一个有人看守的园区。这是人贩子的罪行，不是你的错。被关在这些园区里的人确实能出来：有的是在家人或大使馆得知消息之后，有的是在园区被突袭或被迫放人的时候。

the-journey-end-crossed-alerted = 小船到了妙瓦底，你的手机被收走了。但你的{ $relative }有你的位置和"大使馆"这个词，当天夜里就打了电话。几个星期后，在你的大使馆和一个可信的援助团体推动下，你和一批人一起被放出，送回了泰国。之后又经过几个星期的甄别和办证才得以回家，你有权被当作受害者而不是罪犯对待。一条消息改变了一切。

the-journey-end-waved = 船过了河，到了妙瓦底。在检查站，你做的正是这个游戏教的事：你看出这条路通向哪里，并告诉了官员。他收了钱，装作没看见；收人贩子钱的官员，本来就是这些路线运作的一部分。这不是你的错，你开口也没有白费：你的{ $relative }有你的位置，大使馆可以追问那辆车为什么被放行。被困在这些园区里的人确实能出来，有些是在家人或大使馆得到消息之后。
