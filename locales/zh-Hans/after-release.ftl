# Machine-drafted translation: needs review by a native speaker.
after-release-title = 获释之后
after-release-summary = 你刚从诈骗园区被放出来，被带到泰国边境。回家的路很慢，家里欠着债，一份新的工作邀约已经在等着你。
after-release-content-note = 这个故事从一个人被放出诈骗园区的那一周开始。故事提到拘留、债务、一个不相信他的家庭，以及再次被贩卖的风险，但不会出现暴力场面。你可以随时按 q 暂停或退出。

## Characters

after-release-character-ngo = 一位非政府组织的志愿者
after-release-character-officer = 甄别官员
after-release-character-embassy = 乌干达驻吉隆坡高级专员公署
after-release-character-relative = 你的{ $relative }
after-release-character-recruiter = { $recruiter }
after-release-character-caseworker = 国际移民组织个案工作者

## Variables

after-release-name-isaac = 艾萨克
after-release-name-moses = 摩西
after-release-name-ronald = 罗纳德
after-release-name-brian = 布莱恩

after-release-home-masaka = 马萨卡
after-release-home-jinja = 金贾
after-release-home-mbarara = 姆巴拉拉
after-release-home-gulu = 古卢

after-release-relative-sister = 姐姐
after-release-relative-mother = 妈妈
after-release-relative-uncle = 舅舅

after-release-brother-joel = 乔尔
after-release-brother-denis = 丹尼斯
after-release-brother-peter = 彼得

after-release-recruiter-kato = 卡托
after-release-recruiter-eddie = 埃迪
after-release-recruiter-frank = 弗兰克

after-release-abroad-dubai = 迪拜
after-release-abroad-doha = 多哈
after-release-abroad-kuala-lumpur = 吉隆坡

## At the border

after-release-start-who = 你是{ $name }，27 岁，来自乌干达的{ $home }。九个月前，坎帕拉的一个中介答应给你介绍曼谷一家酒店的工作。家里借了 USh { $loan } 付他的中介费。
    .discuss = 人刚出来的头几天，最需要的是什么？
after-release-start-compound = 那家酒店根本不存在。你被带着过河进了缅甸，进了一个园区，在那里被逼着和陌生人聊天，骗他们的钱。
after-release-start-out = 上周，园区的大门为几百人打开了，你是其中之一。现在你在边境的泰国一侧。没有护照，没有手机，只有身上这套衣服。

after-release-gate-hall = 边境附近一个长长的大厅。来自十几个国家的人坐在草席上。一张桌子后面，官员们在登记名字，准备面谈。
after-release-gate-water = 一个戴着非政府组织胸牌的女人在发水。有人说，面谈之后可能要在庇护所待上好几个星期。
after-release-gate-driver = 外面，一个男人靠在一辆面包车上。"曼谷，机场，三天到家。300 美元，让你家里打过来就行。不用面谈，不用进营地。"
after-release-gate-queue = 去官员的桌子前排队
    .feedback = 这个面谈就是甄别：官员确认谁是人口贩卖的受害者，让受害者被当作受害者对待。这需要时间，往往好几个星期，但也正是它打开了通往庇护所、证件和回家航班的路。
after-release-gate-ask-ngo = 问问那个戴胸牌的女人，面谈是做什么的
    .feedback = 做决定之前先问一问，这几分钟花得值。每天在边境工作的人知道每个选择之后会发生什么。
after-release-gate-van = 上那辆面包车。家里可以打钱，你只想回家
    .feedback = 被关了几个月之后，三天听起来像一种恩典，而司机卖的正是这个。绕开检查站的车程会让你没有证件，也没有任何关于你遭遇的记录；没有证件被拦下的人，可能被当作非法移民拘留，而不是作为受害者得到帮助。

after-release-ngo-what = 面谈就是甄别。官员和一位社工会问你是怎么来到这里的，里面发生了什么。他们靠这个判断谁是被贩卖的。
    .discuss = 为什么一个刚被放出来的人会害怕和官员面谈？
after-release-ngo-weeks = 如果你被认定为受害者，你会住进庇护所，有饭吃，有医生，同时你们的使馆办证件、安排航班。可能要好几个星期。我不会假装它很快。
after-release-ngo-drivers = 那些面包车？有些人收了钱，就在警察检查站前面把人放下。没有护照，那就是拘留室，不是机场。
after-release-ngo-stay = 留下来接受甄别，哪怕要好几个星期
    .feedback = 这是个艰难的选择：离家更久，而家里的债还在涨。但这也是能把你的遭遇记录下来、并带来相应保护的路。
after-release-ngo-van-anyway = 好几个星期太久了。家里现在就需要你，上面包车
    .feedback = 想早点回家再自然不过，家里的债让每个星期都更沉重。可一个绕开检查站的司机，会把你带出那个本来要保护你的体系。
after-release-ngo-ask-prison = 小声问她："我在里面确实骗过人。他们会把我关进监狱吗？"
    .feedback = 很多人离开园区时都怕这个，贩卖者也正是这样吓唬他们，好让他们闭嘴。问一个懂的人，总比自己瞎猜好。

after-release-rights-victim = 被迫犯罪的人，不应该因此受到惩罚。甄别就是为了这个：把你看作受害者，而不是罪犯。
after-release-rights-truth = 用你自己的话讲发生了什么。听不懂问题，就直说。

after-release-van-money = 家里借了 300 美元，你的{ $relative }打到了司机的账户。他开了两个小时。
after-release-van-drop = 他在一条僻静的路上停下。"前面有警察检查站。你从这儿走过去。"他掉转车头，走了。
after-release-van-held = 到了检查站，你没有护照，也没有签证。警察把你带进移民局的拘留室，里面有签证逾期的人，也有过河来的人。

after-release-cell-room = 空荡荡的房间，一张草席，一个水龙头。这里没人问你之前在哪里。
    .discuss = 同一个人，可能被当作受害者，也可能被当作违法者。是什么决定了这一点？
after-release-cell-officer = 第二天，一位移民局官员拿着名单进来。"姓名。国籍。你是怎么进入泰国的？"
after-release-cell-tell-officer = 告诉他实情：你被带过边境进了缅甸，关在一个园区里
    .feedback = 把这些告诉官员，哪怕是在拘留室里，也可能启动甄别，让你被当作受害者对待。说出来有风险，而正是这个风险打开了一扇门。
after-release-cell-embassy-please = 说你要先和你们的使馆通话，再回答任何问题
    .feedback = 这是合理的要求，你们的使馆可以替你说话。有些国家在泰国根本没有使馆，所以联系上可能要更久。
after-release-cell-stay-quiet = 对园区的事只字不提。承认在那里待过，可能只会更糟
    .feedback = 害怕受罚，正是园区老板们指望的。这种害怕合情合理，也不是你的错。但没有你的讲述，官员只能看到一个没有证件入境的人。

## The interview

after-release-screening-interpreter = 请坐。这位是社工，她也会听。我们会说得慢一点，你可以让我们再说一遍。
after-release-screening-how = 你是怎么到缅甸的？谁拿走了你的护照？他们逼你做什么工作？
    .discuss = 是什么让人很难把全部经过讲给官员听？
after-release-screening-money = 你拿过别人的钱吗？请如实告诉我们。
after-release-screening-tell-all = 全部讲出来，包括你被逼着写的那些诈骗聊天
    .feedback = 这是最难说出口的部分，却往往最能清楚地说明你是被逼的。在园区里被迫犯罪的人，不应该因此受到惩罚。
after-release-screening-leave-out = 讲你是怎么被骗、被关的，但不提他们逼你做的事
    .feedback = 很多幸存者都会把这部分留在心里，因为羞耻，也因为害怕。你讲的已经足以让他们看出你是被贩卖的。以后想把其余的讲出来，社工就是合适的人。
after-release-screening-overstayed = 只说你签证逾期了，想回家
    .feedback = 这听起来是最快、也最安全的出路。但官员只能保护他们知道的受害者：作为签证逾期者，你没有庇护所，没有帮助，也不会留下任何关于贩卖你的人的记录。

after-release-overstay-processed = 你被当作违反移民规定的人处理：在拘留中心多待了好些天，填着看不懂的语言写的表格，和一排等航班的男人一起排队。
after-release-overstay-flight = 几个星期后，你被送上飞机。没有人问你发生了什么，等着你的人里也没有一个知道。

after-release-embassy-where = 下午好。这里是乌干达驻吉隆坡高级专员公署。我们负责泰国事务的大使就在这里、在马来西亚办公；没有比这更近的了。
after-release-embassy-confirmed = 泰国当局已经确认你是人口贩卖的受害者。这样我们就可以开始安排你回国。我们正在为你办理紧急旅行证件。
after-release-embassy-wait = 在那之前，国际移民组织和泰国政府会安排你住在边境附近的庇护所。我们现在还给不出日期。请耐心等待。

## Weeks in a shelter

after-release-shelter-weeks = 庇护所干净、安静。每周二有医生来。一个星期变成三个星期，又变成五个。
after-release-shelter-phone = 一位社工借给你手机，让你给家里打电话。铃声刚响一下，你的{ $relative }就接了。
    .discuss = 你自己的家人接到这样的电话，会有什么反应？
after-release-shelter-tell-everything = 把一切都告诉你的{ $relative }：园区、中介的谎言，还有你根本不欠他什么
    .feedback = 真相很重要，你的家人需要知道：那个中介还在外面。但隔着电话、从那么远的地方听到这些，也可能很难接受。
after-release-shelter-only-safe = 只说你平安、快回家了。其他的等到家再说
    .feedback = 不想让家人担心，是一份体贴；有些事当面说也更容易。代价是：在你到家之前，他们手里只有中介的说法。
after-release-shelter-social-worker = 请社工一起加入通话，帮你把发生的事讲清楚
    .feedback = 安排要花两天，你的{ $relative }也难过你为什么不直接打电话。但第二个声音，来自一个以此为职业的人，会有一个疲惫的声音所没有的分量。

after-release-disbelief-agent = 那个中介来过家里。他说你从一份好工作里跑了，现在我们还欠他你的机票钱。
after-release-disbelief-owe = 诈骗？你听起来太累了。放债的人每个月都来。你走后，我们一直在付 USh { $loan } 的利息。
after-release-disbelief-brother = 那个中介还有别的工作，另一家公司，曼谷的一家酒店，一个月 ${ $pay }。{ $brother }想去，好把家里的债还上。他下周就走。
    .discuss = 为什么一家人会相信中介，而不是自己的儿子？
after-release-disbelief-insist = 慢慢再说一遍：同一个中介，同样是曼谷的酒店。求{ $brother }别去
    .feedback = 你做的是对的，已经说得再清楚不过。家里人常常相信中介：他坐在他们家里，说话很有把握，还给了一条摆脱债务的路。这就是骗局的手法，如果他们信了，也不是你的错。
after-release-disbelief-ask-worker = 现在先别争。请社工明天和你一起给他们打电话
    .feedback = 要多等一天，你的{ $relative }也带着气挂了电话。但一个正式的声音解释中介如何运作，能打动一个儿子的恳求打动不了的家庭。
after-release-disbelief-let-go = 也许这家公司真的不一样。让{ $brother }每天发一次定位
    .feedback = 离家这么多个月，隔着电话和家人争吵很难，换了一家公司听起来也说得通。但同一个中介、同样的曼谷酒店工作承诺，正是当初把你带进去的那个套路。

after-release-believed-listened = 社工讲了园区是怎么招人的，也讲了甄别的结果。你的{ $relative }沉默了很久。
after-release-believed-agent = 然后你的{ $relative }道了歉：家里信了那个中介。{ $brother }不会去接他的工作了，如果中介再来，他们就报警。
after-release-believed-money = "可放债的人还要他的钱。你先回家，再想办法。"

after-release-end-brother-gone = { $brother }在你回国航班前九天走了。他最后一条消息来自湄索：有个司机正带他"去酒店"。一到恩德培，你和你的{ $relative }就直接去了外交部和警察局，带着中介的名字、他的电话和每一条消息。你说了真话，说得清楚，也说得及时，可大家信的却是中介。骗局就是这样运作的，这不是你的错。曾有家庭因为及早通知外交部、使馆和国际移民组织，把亲人接回了家。

## Home

after-release-home-land = 飞机降落在恩德培。你的{ $relative }在出口等你，比你记忆中瘦了。
after-release-home-lender = 家里还有放债的人。他每个月都来，现在要收回 USh { $loan } 和利息，而且要快。
after-release-home-neighbours = 邻居们问，出国九个月，怎么空着手回来了。有些夜里你睡不着。
    .discuss = 对处在这种境地的人来说，什么帮助更大：钱、工作，还是相信他的人？

after-release-offer-post = 发布在"Back Home - Returnees Uganda"群里：从亚洲回来背着债？别在家干坐着。{ $abroad }正规公司，办公室和仓库工作，每月 ${ $pay }，包机票和签证。欢迎刚回国的朋友：你们本来就会用电脑。私信我。
after-release-offer-dm = 兄弟，我也在缅甸待过，我知道哪些公司是坏的。这家是干净的。我已经送过去六个人了。我可以给你留个位置。
after-release-offer-reply = 回复他。他也在那里待过，知道坏公司是什么样子
    .feedback = 经历过同样遭遇的人，看起来最值得信任；刚回国的人的群，看起来是个安全的地方。招募者对这两点都很清楚，也知道谁背着债。
after-release-offer-ask-details = 问他公司的全名、合同，以及由哪家有执照的中介办理
    .feedback = 问得对：真正的雇主有名字、地址和书面合同，真正的中介有你能查到的执照。他的回答会告诉你很多。
after-release-offer-ask-caseworker = 把这条帖子转给你在国际移民组织的个案工作者，问问她怎么看
    .feedback = 来自一个了解招募者手法、又不向你要任何东西的人的第二意见。这要花一两天，他留的"位置"可能就没了。
after-release-offer-find-iom = 找到国际移民组织在乌干达的办公室，问问这条帖子，也问问对回国的人有什么帮助
    .feedback = 没有人给你安排个案工作者，所以你自己去找。要打好几个电话，他留的"位置"可能就没了。国际移民组织帮助被贩卖过的人，包括那些在国外从未被认定的人。

after-release-fee-company = 公司名字签了合同再告诉你，这是保密的。合同到了那边再给。
after-release-fee-fee = 有一笔手续费，USh { $fee }，用于签证和体检。或者公司从你第一个月的工资里扣；很多人都这样。
after-release-fee-seats = 这个月只剩三个名额。我今天就要你的答复。
after-release-fee-pay-fee = 借钱交这笔费用。国外一份好工作就能把债全还清
    .feedback = 放债的人堵在门口时，一笔能了结一切的费用似乎值得冒险。招募者专找刚带着债回国的人，正是因为这个。
after-release-fee-from-salary = 让他们从第一个月工资里扣。至少不用再借钱
    .feedback = 听起来像是好意，而上一笔债正是这样开始的：你还没开工，就已经欠着那些决定你睡在哪里、什么时候能走的人的钱。
after-release-fee-check-first = 告诉他，你要先到劳工部核实这家中介
    .feedback = 真正的中介可以等一天让你核实，真正的公司在你签字前就有名字。代价也是真的：如果这份工作是真的，你可能失去名额，家里人也会问你为什么不答应。

after-release-checked-list = 你查了劳工部的持证招聘机构名单。上面既没有{ $recruiter }，也没有他在{ $abroad }为之工作的任何公司。
after-release-checked-blocked = 你问他是哪家有执照的中介在办理，他骂你不知好歹，然后把你拉黑了。
after-release-checked-angry = 这次你的{ $relative }生气了："工作都送上门了，你还不要？现在谁来还放债的人？"
    .discuss = 当自己的家人希望你答应时，一个人怎样才能拒绝一份有风险的邀约？
after-release-checked-report = 向警方举报{ $recruiter }，并在回国人员群里发一条提醒
    .feedback = 你的举报和提醒，可能传到背着同样的债、怀着同样希望的人那里。它还不了放债的人，你的{ $relative }也可能还看不出有什么用。
after-release-checked-stall = 接受表妹的提议：在她位于{ $home }的市场摊位帮忙卖东西，收入不多
    .feedback = 一份真实的工作，离家近，来自你天天见得到的人：不是每个邀约都是陷阱，这份工作就和说的一模一样。代价是收入，还有一笔要还很久的债。
after-release-checked-iom = 问国际移民组织，对回国的人有哪些帮助
    .feedback = 不求回报的帮助是存在的，幸存者有权得到。它比国外的工作慢，也还不了这个月的债。

after-release-support-hello = 你好，{ $name }，这里是国际移民组织。谢谢你联系我们。
after-release-support-post = 没有名字的公司，远高于工作价值的工资，什么都包，还有一个专找背债的人的招募者：这和第一次的迹象一模一样。如果他要你交费，请什么都不要寄给他。
after-release-support-offer = 我们可以为你提供心理辅导，也可以和你一起谈谈接下来怎么办，就在家附近。这会比他承诺的慢。
after-release-support-counselling = 接受心理辅导，并问问家附近的工作
    .feedback = 经历了这些之后找人倾诉，并不是软弱；这是你有权得到的帮助。工作会来得慢一些，但会是真的。
after-release-support-warn-group = 请她帮你写一条给回国人员群的提醒
    .feedback = 一条来自亲历者、又和懂行的人核实过的提醒，可能让下一个人不去回复他。
after-release-support-apply-anyway = 谢谢她，但放债的人不会等。再给{ $recruiter }发消息
    .feedback = 债是真的，压力也是真的。但高工资、一笔费用、一个专找背债的人的招募者，和上次的迹象一模一样。

after-release-end-fee-gone = 你从表哥那里借了 USh { $fee } 寄了过去。{ $recruiter }谢了你，说签证"正在办理"，一个星期后，他的号码和帖子都不见了。现在有两笔债了。这不是你的错：他专门找刚带着债回国的人，因为债务会让一个仓促的"好"看起来像唯一的出路。保留每一条消息和转账记录，向警方举报他，并提醒群里的人。
after-release-end-again = 你同意了从工资里扣费。机票是去{ $abroad }的；然后是转机去曼谷，一个司机，一段去边境小镇的长路。等你明白过来，"手续费"又变成了一笔债，故事就停在这里。这种事也会发生在经历过一次的人身上：招募者知道家里有债在等着。这一切都不是你的错，能帮上忙的路也还是那几条：你们的使馆、国际移民组织，还有你的家人。
after-release-end-reported = 警方记录了你关于{ $recruiter }的陈述，你的提醒一直置顶在回国人员群里。有两个人留言说，他们差点就给他付钱了。放债的人还是会来，你的{ $relative }还是担心。但这个月，群里没有一个人跟{ $recruiter }走，而现在你比谁都更认得这些迹象。
after-release-end-local = 周一，你开始在表妹位于{ $home }的摊位上干活。收入只是{ $recruiter }承诺的一小部分，放债的人嘟囔着，但同意一点一点收。有些夜里还是难熬。但你睡在家里，这份工作和表妹说的一模一样。
after-release-end-support = 下一周，心理辅导开始了，辅导你的人以前听过和你相似的故事。一切都很慢，债也没有消失。但每一步都是你能核实的，帮助你的人也不求任何回报。

## The catalogue's red flags, in this story's setting

after-release-redflag-informal-border = 绕开检查站的车
    .explain = 在园区里关了几个月之后，一个承诺三天到家的司机听起来就像救星。不经过官员就离开边境地区，意味着没有甄别，没有关于你遭遇的记录，还可能被当作非法移民拘留，而不是作为受害者得到帮助。
    .advice = 留在边境的官员和非政府组织身边，哪怕很慢，并要求联系你们的使馆。永远不要付钱让司机带你绕开检查站。

after-release-redflag-pay-too-good = 同样的承诺，第二次
    .explain = 背着债的家庭，想相信有一份好工作在等着。一个卷土重来的邀约，不管来自同一个中介还是新的人，只要承诺还是那一类，就是在利用这份希望，和这笔债。
    .advice = 把同一个中介的邀约、或同一类邀约，当作同样的危险。任何出国工作都要对照劳工部的持证机构名单核实，并在家人做决定之前，把发生过的事告诉他们。

after-release-redflag-friend-vouches = 一个也在那里待过的人
    .explain = 同样刚回国的人懂你经历过什么，所以他的话让人觉得可靠。他可能自己也相信这个邀约，也可能是拿了钱，或被逼着拉人。
    .advice = 谢谢他，然后自己核实这份工作：持证中介、合同、雇主。回复之前，先问问国际移民组织或你们的使馆。

after-release-redflag-social-media-ad = 回国人员群里的广告
    .explain = 一个给回国的人的群，感觉像是朋友之间的安全地带。招募者在那里发帖，是因为他们知道群成员背着债，想尽快找到工作。
    .advice = 通过持证中介和你能核实的人找工作。把这类帖子举报给群管理员和警方。

after-release-redflag-upfront-fee = 再走一次的费用
    .explain = 放债的人堵在门口时，交一笔费用就能清掉所有债，听起来很合理。一旦交了钱，放弃就意味着连这笔钱也没了。
    .advice = 不要为了出国工作付钱给个人。向劳工部问清哪些费用是合法的，并且一定要正式收据。

after-release-redflag-debt-bondage = "从工资里扣"的费用
    .explain = 从工资里扣费听起来很体贴：不用借钱。但你一到那里，就已经欠着那些决定你睡在哪里、什么时候能走的人的钱，上一笔债正是这样开始的。
    .advice = 永远不要带着欠雇主或招募者的债开始一份国外工作。真正的工作有写明你工资的书面合同，还有一家为此负责的持证中介。
