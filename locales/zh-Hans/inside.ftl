# Machine-drafted translation: needs review by a native speaker.
inside-title = 园区内部
inside-summary = 你被关在一个诈骗园区里，被迫工作。你能信任谁？又怎样才能安全地把消息传出去？
inside-content-note = 这个故事发生在一个诈骗园区里。故事提到威胁、“惩罚室”和勒索赎金，但不会出现暴力场面。你可以随时按 q 暂停或退出。

## Characters

inside-character-leader = 组长
inside-character-target = { $target }
inside-character-embassy = 大使馆紧急热线
inside-character-relative = 你的{ $relative }

## Variables

inside-who-wei-ling = 慧玲，来自马来西亚、会说中文的商科毕业生
inside-who-nuwan = 努万，来自斯里兰卡的IT从业者
inside-who-ayu = 阿尤，来自印度尼西亚的酒店前台
inside-who-samuel = 塞缪尔，来自埃塞俄比亚的销售专业毕业生

inside-place-myawaddy = 缅甸妙瓦底
inside-place-sihanoukville = 柬埔寨西哈努克港
inside-place-golden-triangle = 老挝金三角经济特区

inside-coworker-min = 阿敏
inside-coworker-joy = 乔伊
inside-coworker-ravi = 拉维
inside-coworker-dina = 迪娜

inside-target-margaret = 玛格丽特
inside-target-david = 大卫
inside-target-helen = 海伦
inside-target-kenji = 健二

inside-relative-sister = 姐姐
inside-relative-brother = 哥哥
inside-relative-mother = 妈妈
inside-relative-uncle = 舅舅

## 最初的日子

inside-start-who = 你是{ $who }。两个月前，你应聘了网上一则海外客服工作的招聘广告。
    .discuss = 被关在园区里的人往往年轻、受过教育、擅长用电脑。老板为什么想要这样的人？
inside-start-compound = 现在你在{ $place }的一个园区里生活和工作。高墙上拉着铁丝网。大门口有持枪的守卫。每条走廊都有摄像头。
inside-start-taken = 第一天，他们就以“替你保管”为名收走了你的护照和手机。你拿到的是一部工作手机，里面全是假账号。

inside-boss-passport = 你的护照放在我这里。很安全。合同到期就还你。
    .discuss = 护照、债务和指标是怎样一起把一个人困在这里的？
inside-boss-debt = 你欠公司${ $debt }。机票、签证、吃饭、床位。想走？先还钱。
inside-boss-quota = 每天都要有新客户、新进账。完不成指标就罚款。再完不成，就进惩罚室。或者我把你卖给别的公司。
inside-boss-try-pay = 点头。只要努力干，也许就能还清债回家
    .feedback = 这笔债是编造的，而且越滚越大：没完成业绩的罚款、饭钱、各种"费用"。它被设计成永远还不清。想靠努力干活还清是很自然的想法，而这正是他们希望你相信的。
inside-boss-see-trap = 点头，心里算一笔账：罚款涨得比任何工资都快
    .feedback = 对。因被贩卖而欠下的“债”不是真的债：它是用数字做成的锁链，而业绩指标和罚款就是那把锁。看清这一点，你会去找安全传出消息的办法，而不是还钱的办法。

inside-call-phone = 一周后，组长把你自己的手机给你用五分钟。他就站在你旁边。
    .discuss = 怎样才能告诉家人一些事，又不让旁边听着的人发觉？
inside-call-listen = “给你家里打电话。说你很好。工作好，钱多。别的什么都别说。”
inside-call-slip-place = 说你很好。然后轻描淡写地提一下小镇的名字，还有公司在“替你保管护照”
    .feedback = 你看清了他们为什么收走你的护照和手机：为了让你和外界断了联系。一个小镇的名字和“他们保管着我的护照”，能告诉你的家人很多事。只冒你觉得安全的风险。
inside-call-say-only = 完全照他说的讲。今天再多冒险不安全
    .feedback = 保护好自己是很好的理由。以后还会有别的机会把消息传出去。
inside-call-believe = 照着说，心里也半信半疑。也许他们真的是在替你保管护照
    .feedback = “替你保管”听起来很贴心，这正是它管用的原因。他们收走你的护照和手机，就是为了让你无法离开、无法求救。真正的雇主两样都不会扣。

## 工位

inside-desk-chat = 在你的工位上，工作手机显示着和{ $target }的聊天。{ $target }已经退休，一个人住在很远的地方。两个星期以来，你一直用一个假身份和对方聊天。
    .discuss = 一个被迫去骗别人的人，还有哪些选择？
inside-desk-script = 今天的话术要求：聊一个“让你发了财”的加密货币软件。让{ $target }先投一小笔钱试试。
inside-desk-behind = 你的业绩没达标。组长已经两次从你的工位旁走过。
inside-desk-follow-script = 照话术做。完不成指标就要罚款，甚至更糟
    .feedback = 你做了被逼着做的事，背后是罚款和惩罚室的威胁。这不是你的错：联合国称处在你这种境地的人为受害者，而不是罪犯。代价是真实的：{ $target } 被拉得更深，而业绩指标只会越来越高。
inside-desk-slow-down = 保持友善的聊天，但绝口不提钱。报告“今天没有进展”
    .feedback = 尽量少造成伤害是勇敢的，也有代价：完不成业绩就会被罚款和威胁。无论你在这里怎么选，都是在威胁之下做出的选择，没有一样是你的错。
inside-desk-warn-target = 冒个险：悄悄告诉{ $target }，绝不要把钱投进网上有人推荐的软件
    .feedback = 聊天记录常常会被检查，所以这是真的有风险。但一条消息，就可能保住一个人一辈子的积蓄。

inside-warn-why = 你为什么要告诉我这些？
inside-warn-son = 我儿子说这段聊天很奇怪。谢谢你这么诚实。
inside-warn-okay = 你还好吗？你可以告诉我。
inside-warn-tell-truth = 告诉{ $target }真相：你被关在{ $place }，需要有人帮你联系你的大使馆
    .feedback = 风险很大，但可能有用：曾经有被骗的人帮助被关在里面的人被找到。只说必要的：你的名字、你在哪里，还有“大使馆”。
inside-warn-just-warn = 写：“请一定小心。永远不要给网上认识的任何人转钱。”然后删掉聊天记录
    .feedback = 你保护了{ $target }，也保护了自己。悄悄提醒你被逼着去骗的那个人，是一种反抗的方式。
inside-warn-how-it-began = 告诉{ $target }这一切是怎么开始的：你发的第一条消息“不好意思，发错人了”，是剧本里写好的
    .feedback = 现在{ $target }知道了第一步，而不只是最后一步。一个“发错消息”的陌生人接着一直聊下去，很多这样的骗局就是这样开始的，园区把这条消息写进了剧本。这样做有风险，也可能保护{ $target }的朋友们。

inside-end-target-helped = { $target } 没有转任何钱。{ $target } 的儿子举报了这段聊天，并写信给你的大使馆，说明了你的名字和被关押的地方。花了几个星期，大使馆找到了你，把你救了出来，之后又经过几个星期的甄别和办证，你才坐上回家的飞机。一条诚实的消息保住了 { $target } 的积蓄，也帮你回到了家。

## 围墙

inside-wall-plan = 那天夜里，你那层楼的两个男人小声说了一个计划：半夜过后翻后面的围栏。他们叫你一起走。
inside-wall-fence = 围栏有三米高，顶上是铁丝网。每个角落都有摄像头。
inside-wall-guards = 夜里，持枪的守卫在外面的路上巡逻。
inside-wall-climb = 跟他们走。这可能是唯一的机会
    .feedback = 确实有人翻过围栏逃出来并得到了帮助。但这也非常危险：围墙、摄像头和持枪警卫就是为了阻止逃跑，被抓回的人会受到惩罚。想要逃出去，从来都不是你该责怪自己的错。
inside-wall-stay = 留下。祝他们好运，然后找一个更安全的办法把消息传出去
    .feedback = 留下也是在威胁之下做出的选择，也有它的代价：在里面多待一些日子。来自外面的帮助，来自大使馆、非政府组织或你的家人，是很多人得以出来的方式。

inside-caught-back = 守卫早就在围栏边等着了。天亮之前，你们三个都被抓了回来。
inside-caught-room = 那两个男人被带进了惩罚室。组长告诉你，如果再有下次，下一个就是你。
inside-caught-idea = 他在你的债上又加了一笔罚款。然后他说，他有个更好的主意。

## 该信任谁

inside-offer-phone = 午饭时，坐在你旁边的{ $coworker }小声说：“我有一部手机，藏起来的。今晚你可以在卫生间用两分钟。别告诉任何人。”
    .discuss = 有三个人说要帮你。你怎么判断该信任谁？
inside-offer-guard = 后来，一个一直很友善的守卫说：“你想回家？给我写封信。我表哥是镇上的警察。他会帮你。”
inside-offer-accept-phone = 接过{ $coworker }的手机，说声谢谢
    .feedback = { $coworker }也被关在这里，冒着风险帮你，而且不求任何回报。被关在里面的人互相帮助，很多消息就是这样传出去的。
inside-offer-give-letter = 把信交给守卫。警察听起来很正规
    .feedback = 守卫是替园区干活的。在园区附近，当地警察可能和老板有来往，幸存者说，求救信息曾被转回给老板。更安全的途径是你的大使馆、国家求助热线、可靠的救助组织或你的家人。
inside-offer-wait = 暂时都拒绝。感觉风险太大
    .feedback = 等待也是一个真正的选择，你的安全很重要。下次机会来的时候，记住你可以信任的途径：你的大使馆、国家求助热线、可靠的救助组织、你的家人。

inside-phone-bathroom = 夜里。卫生间。{ $coworker }的手机在你手里还是热的。信号只有一格。两分钟。
    .discuss = 两分钟，一条消息。外面有谁能帮忙？他们需要知道些什么？
inside-phone-who = 你要联系谁？
inside-phone-local-police = 找到当地派出所的页面，给他们发消息
    .feedback = 这感觉是应该做的事。但在园区附近，当地警察可能和老板有来往，幸存者说，求救信息曾被转回给老板。你的大使馆、国家求助热线、可靠的救助组织或你的家人更安全。
inside-phone-embassy = 在你的大使馆官网上找到紧急电话，给它发消息
    .feedback = 好选择。大使馆设有紧急热线，专门帮助身处危险的本国公民，也会和可靠的救助组织及有关部门合作。号码只从官网上找。
inside-phone-family = 给你{ $relative }发消息：你在哪里、公司的名字，还有“给大使馆打电话”
    .feedback = 好选择。家人可以替你给大使馆和国家求助热线打电话，并且一直打下去。一个地点和一个公司名，能让他们有据可依地行动。

inside-leaked-office = 两天后，组长把你叫进了他的办公室。
inside-leaked-shown = 他桌上放着你写给警察的东西。“我在警局的朋友给我的，”他说，“警察都是我的朋友。”
inside-leaked-idea = 他在你的债上又加了一笔罚款。然后他说，他有个更好的主意。

## 赎金

inside-demand-buy = 你不喜欢这里？好啊。让你家里人把你赎出去。${ $ransom }。
    .discuss = 家人收到这样的勒索时，应该怎么办？
inside-ransom-call = 你现在就给他们打电话。叫他们赶快付钱。我在听着。
inside-demand-sell = 他们要是不付，我就把你卖给别的公司。比这里更糟。
inside-demand-if-they-pay = 心想：只要家里交钱，他就会放我走。也许这就是出路
    .feedback = 谁都会这样希望，而这正是他想让你相信的。家人独自交的赎金很少能让事情结束：这只会让老板们知道你家能凑到钱，价钱就会涨。威胁你、向你家人要钱，就是园区控制人的手段。
inside-demand-see-lever = 心想：如果家里付了一次，有什么能阻止他再要？
    .feedback = 没错。惩罚、威胁和勒索赎金都是控制的工具，而这一次对准的是爱你的人。一个在寄出任何钱之前先去找大使馆或可信的援助组织的家庭，要难榨得多。
inside-demand-not-alone = 心想：不管他逼我说什么，家里人还是可以把这个要求交给大使馆
    .feedback = 对。他在旁边听着时你说的话，并不是你家人必须做的事。赎金要求，连同发来的号码，正是大使馆或援助组织需要的东西，没有哪个家庭需要独自面对。
inside-ransom-beg-pay = 求你{ $relative }尽快付钱
    .feedback = 你说了那个站在你身边的人要你说的话。这不是你的错。代价落在你的家人身上：独自支付的赎金往往会招来更多勒索。他们仍然可以在寄出任何钱之前，把勒索要求交给大使馆或可信的非政府组织。
inside-ransom-embassy-first = 照他要的说。然后加一句：“请大使馆帮忙转账”
    .feedback = 在他监听的情况下，你把求救说成了请人帮忙付款。这是在威胁之下冒的险。在钱转出之前就知情的大使馆，可以同时保护你和你的家人。
inside-ransom-remind = 只说他想让你说的。你{ $relative }已经听到了小镇的名字和“他们保管着我的护照”
    .feedback = 只说他要求的话，能让你尽可能安全。你在第一次通话时说的那个小细节现在派上了用场：家人可以把它和勒索要求一起交给大使馆。

inside-paid-sent = 你的家人借了钱，转了过去。
inside-paid-more = 组长笑了。一周后，他说价钱涨了。

inside-family-acts-went = 你{ $relative }没有转钱，而是把勒索消息和发消息的号码直接交给了你的大使馆和国家反人口贩卖热线。
inside-family-acts-wait = 大使馆和{ $place }的一家可靠的救助组织合作。好几个星期，似乎什么都没有发生。然后一天早上，有人在大门口念名字。其中就有你的名字。

## 消息传出去了

inside-embassy-reply-got = 我们收到了你的消息。你没有惹上麻烦。我们会帮你。
inside-embassy-reply-need = 如果可以，请发一个定位、园区或大楼的名字，以及和你关在一起的有多少人。
inside-embassy-reply-safe = 请不要去找当地警察。之后把这段聊天删掉。我们正和可靠的救助组织以及有关部门合作。
inside-embassy-reply-send-all = 发送定位、大楼，还有你那层楼关着大约四十个来自多个国家的人
    .feedback = 人数和国籍能让几个国家的大使馆一起行动，被关的人常常是一批一批被解救出来的。这多花几秒钟，却能帮到你从没说过话的人。
inside-embassy-reply-send-mine = 只发你自己的信息，要快。两分钟快到了
    .feedback = 先发你自己的信息就够了。每一条到达大使馆的消息，都让这个园区更容易被找到。

inside-family-reply-got = 我收到了。我爱你。不安全就别回。
inside-family-reply-calling = 我现在就给大使馆和国家求助热线打电话。
inside-family-reply-ask = 他们问：你那里有多少人？哪栋楼？
inside-family-reply-send-others = 快速回答：大约四十个人，来自很多国家，灰色的楼，蓝色的屋顶
    .feedback = 人数和大楼信息，能帮你的大使馆和其他国家的大使馆为关在那里的所有人行动，而不只是为了你。
inside-family-reply-just-me = 写“只有我，得走了”，然后把手机还回去
    .feedback = 把你自己的消息传出去是最重要的，你的家人现在有足够的信息去行动了。赶快把手机还回去，也能保护{ $coworker }。

## 结局

inside-end-rescued = 你出来了。你的大使馆和一个可信的非政府组织与当局合作，促成了这一切。接下来的事并不快：在庇护所或移民拘留中心度过几个星期，接受甄别面谈以确认谁是人口贩卖受害者，办理替代护照的证件。你有权被当作受害者而不是罪犯对待，那笔编造的债务毫无意义。回到家并不意味着风险结束：招募者可能再次联系幸存者，所以请把大使馆和国际移民组织的联系方式放在身边。

inside-end-others-found = 你的消息给大使馆的不只是你的名字。有了人数和楼栋，几个国家的大使馆和一个非政府组织联合行动。几个星期后，一大批人从园区被放了出来，你是其中之一。之后是几个星期的甄别和等待证件，你们有权被当作受害者而不是罪犯对待。你从未说过话的人，也因为你发出的消息回到了家。

inside-end-still-held = 暂时，你还在里面。不管你被迫做过什么，你都不是罪犯：联合国把处在你这种境地的人称为受害者。成千上万的人在家人和大使馆得到消息后被解救。每一条传出去的消息，不管来自你还是别人，都让那一天更近一步。

inside-first-night-look = 那天夜里，你从房间的窗口数着大门口的警卫和墙上的摄像头。

inside-first-night-see-prison = 心想：门口的守卫脸朝里，朝着我们
    .feedback = 你看对了。围墙、守卫和摄像头是为了把人关在里面，不是为了挡住外面的危险。看清这一点，是寻找安全地把消息传出去的第一步。

inside-first-night-for-safety = 心里想：这一带一定很危险。也许警卫是来保护员工的
    .feedback = 这是老板们的说法，当你远离家乡、心里害怕时，很容易相信。但面朝里站的警卫、顶上有铁丝网的围墙和每条走廊里的摄像头，都是为了不让人离开。

## The catalogue's red flags, in this story's setting

inside-redflag-wrong-number = 剧本里的“发错消息”
    .explain = 很多这样的骗局，都从一条好像是发错的消息开始，园区里的剧本就是这样写的。只要礼貌地回复一个陌生人，就足以开始几个星期友好的聊天，最后以要钱收场。
    .advice = 如果你说了发错人之后，陌生人还一直跟你聊，就不要再回复，并拉黑对方；永远不要听只通过消息认识的人给的理财建议。如果你被逼着发这样的消息，在安全的时候提醒别人，并设法把消息传给你的大使馆：你被逼发出的东西，不是你的错。

## 新的选择（该信谁）

inside-character-ngo = 反人口贩卖救助组织社工
inside-first-night-first-weeks = 心想：也许只是头几个星期，等他们信任新人就好了
    .feedback = 盼着情况会缓和是很自然的，老板们也这么说。但围墙和守卫没有一样是为了改变而设的：它们就是要把人关到公司想关的时候。
inside-boss-ask-paper = 要求看写下来的欠款
    .feedback = 开口问是有风险的，也让你看清了一些事。他拿出一张你看不懂的文字写的纸；数字是他说多少就是多少。只有老板看得懂的债，是锁链，不是债。
inside-wall-not-tonight = 请他们再等几晚，等你摸清守卫什么时候换班
    .feedback = 你想让一个危险的计划少一点危险。他们不带你走也好，没走也好；无论如何你都是在威胁下做选择，没有一样是你的错。

inside-offer-broker = 在抽烟的角落，办公室里的一个男人说他能安排“转公司”：边境附近的一家公司，伙食更好，三个月后就放人回家。你家里付给他${ $ransom }，其余的他来办。
inside-offer-transfer = 答应他，把家里的电话给他。去哪儿都比这里强
    .feedback = 想不惜代价离开这里，完全可以理解。但要家里付钱给办公室的人的“转公司”，正是人被从一个园区卖到另一个园区的方式：买家会把这笔钱加到你的债上。
inside-sold-van = 你的{ $relative }借了钱。一周后，一辆面包车在夜里沿着河，把你和另外三个人带走。
inside-sold-new = 新园区更大。新组长手里有一张写着你名字的纸。
inside-sold-debt = “我们为你付了钱，”他说。“你在这里的债是${ $debt }，再加上转公司的钱。”
inside-end-sold = “转公司”其实是买卖。你盼着一条出路，而一个看透你心思的人把它卖给了你；这不是你的错。你仍被扣押，家里损失了钱，债更多了。从第二个园区也有人出来，只要消息传到大使馆或救助组织：路还是那几条，下一条传出去的消息就可能是开始。

inside-phone-ngo = 给{ $coworker }写在纸条上的那个反人口贩卖救助组织发消息
    .feedback = 处理这类案件的救助组织是能帮上忙的路，{ $coworker }冒险把号码给了你。要不要相信一个看不见的联系人，是个艰难的决定。

inside-ngo-hello = 你好。我们收到了你的消息。你没有做错什么。我们和各国大使馆一起，帮助人们离开{ $place }的园区。
inside-ngo-never = 我们绝不会向你或你的家人要钱。
inside-ngo-pin = 安全的时候，发一个定位和楼的名字。然后删掉这段聊天。
    .discuss = 你怎么把这个联系人，和守卫的“表哥”或安排“转公司”的人区分开来？
inside-ngo-send-pin = 现在就发定位和楼名，然后删掉聊天
    .feedback = 你信任了一个什么都不要、并与你的大使馆合作的联系人，这一次信任是对的。真正的帮手要的是信息，从来不要钱。
inside-ngo-check-first = 先要一样你能核实的东西：你的大使馆里谁认识他们
    .feedback = 这个问题很合理，真正的救助组织不会介意。代价是手机又要多藏一夜，这本身也是风险。
inside-ngo-delete = 删掉。谁都可以说自己是救助组织
    .feedback = 经历了守卫的“表哥”和那个“转公司”的人，怀疑所有人是可以理解的。这个联系人什么都没要，还把你指向大使馆：这正是真正帮助的标志。不相信它，是在恐惧中做的选择，不是你的错。
inside-ngo-checks-fair = 这个问题很合理。你问得好。
inside-ngo-checks-embassy = 你们大使馆的领事官员认识我们的办公室。你的{ $relative }可以打电话给大使馆问问我们。觉得安全了再发定位。
inside-ngo-works-days = 你发出了定位和楼的颜色。十天过去，什么也没发生。你低着头，尽量完成指标。
inside-ngo-works-gate = 然后一天早上，首都来的官员和救助组织的一位女士出现在门口，拿着一份名单。上面有你的名字。
inside-end-ngo = 你出来了，因为你信任了一个值得信任的联系人：它什么都没要，并和你的大使馆合作。接下来是在庇护所的几个星期、甄别面谈和新的证件；你有权被当作受害者，而不是罪犯，那笔编造的债毫无意义。核实该信谁，不等于谁都不信。招募者可能会再次联系幸存者：把救助组织和大使馆的号码放在身边。

inside-embassy-reply-wait-safer = 等到明晚走廊更安静时再发定位
    .feedback = 等一个更安全的时机是谨慎的，也是合理的选择。公司先动了手，不是你造成的。
inside-family-reply-name-coworker = 加上{ $coworker }的名字和国籍，让他们也找{ $coworker }
    .feedback = { $coworker }为你冒了险，现在你也为对方冒了险。名字和国籍能让大使馆为不止一个人行动。

inside-transfer-dawn = 天亮前，守卫拿着名单挨个房间走。三十个人，包括你，被叫去收拾东西。
inside-transfer-vans = 面包车停在门口。“新公司，”组长说。“他们为你付了钱。”
inside-transfer-memorise = 盯着路，记住经过的每一块路牌
    .feedback = 在威胁下，你做了你能做的。你记住的任何东西，以后都可能帮人找到你。这一切都不是你的错。
inside-transfer-tell-coworker = 小声对{ $coworker }说：“如果可以，告诉他们我被带去哪儿了”
    .feedback = 在威胁下冒的险，为了让有人知道。这一切都不是你的错。
inside-transfer-head-down = 低着头，什么也不说
    .feedback = 在车里保护好自己，是在威胁下做的选择，也是合理的选择。这一切都不是你的错。
inside-end-resold = 一个谨慎的人能做的，你都做了：找到了安全的联系人，没有去找当地警察，还把消息传了出去。在救援到来之前，公司把一批工人转卖了，你在其中；这不是你造成的。你的消息已经存档：你的大使馆和救助组织仍在寻找，有人在第二个、第三个园区之后被找到。有机会时，再传一次消息：同样的路依然有用。
