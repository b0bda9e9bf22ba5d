# Machine-drafted translation: needs review by a native speaker.
family-title = 离家千里
family-summary = 经邻居介绍，你已成年的孩子得到一份在曼谷做客服的工作。你是家长：查什么、找谁、消息变了之后怎么办，都由你决定。
family-content-note = 这个故事讲的是一个家庭，他们的孩子被困在诈骗园区里。故事涉及捏造的债务、威胁和勒索赎金，但不会出现暴力场面。你可以随时按 q 暂停或退出。

## Characters

family-character-neighbour = 邻居
family-character-cousin = 表姐
family-character-child = { $child }
family-character-stranger = 陌生号码
family-character-embassy = 大使馆值班官员
family-character-ngo = 救助组织社工

## Variables

family-child-ravi = 拉维
family-child-priya = 普丽娅
family-child-wanjiru = 万吉鲁
family-child-brian = 布赖恩
family-child-joy = 乔伊
family-child-jomar = 乔马尔
family-child-dewi = 德维
family-child-budi = 布迪
family-parent-ma = 妈
family-parent-pa = 爸
family-place-myawaddy = 缅甸妙瓦底
family-place-shwe-kokko = 缅甸水沟谷
family-place-poipet = 柬埔寨波贝
family-place-sihanoukville = 柬埔寨西哈努克港

## 邻居介绍的工作

family-news-greet = { $child }有好消息了！我侄子在曼谷的老板要招客服。
    .discuss = 为什么熟人介绍的工作会让人觉得更放心？
family-news-offer = 每月${ $salary }，包机票，包住宿。只要英语好、打字快就行，不需要经验。
family-news-vouch = { $child }上学的时候我就认识了。我侄子去年去的，每个月都往家里寄钱。我怎么会把自家的孩子往火坑里送呢？
family-news-say-yes = 谢谢邻居，开始准备行程
    .feedback = 邻居的一句话让人觉得像是担保，正因为这样，招工的人才会利用朋友和邻居。他们可能每介绍一个人就拿一笔钱，也可能自己也被骗了。而且，这份工资远远高于这类工作的正常收入，不管是在国内还是在曼谷。而且，陌生人出的机票和住宿，以后可能会变成一笔债。
family-news-ask-papers = 谢谢邻居，但问清楚公司名称、合同和中介
    .feedback = 很好。信任邻居很正常，但真正的工作有它自己的文件。问这些并不失礼：任何一位细心的父母都会这么做。
family-news-ask-cousin = 先去问问表姐，她女儿在国外工作
    .feedback = 好主意：通过正规途径出国的人，能让你看看真正的工作是什么样子，你就可以比较了。

family-neighbour-vague-contract = 合同？等{ $child }到了曼谷再签。是大公司，名字不重要。
    .discuss = 这些回答里，哪一个最让你担心？为什么？
family-neighbour-vague-visa = { $child }用旅游签证过去就行。工作许可老板以后会办。大家都是这样。
family-neighbour-vague-hurry = 不过他们周五之前就要答复。很多人都想要这份工作。
family-neighbour-vague-check-agency = 答应之前，先向本国的出国务工主管部门核实这份工作
    .feedback = 对。出发前没有合同、拿旅游签证去工作、期限短到来不及核实：这些都是把人引向诈骗园区的虚假招聘的特征。本国的主管部门可以告诉你这份工作是不是真的。
family-neighbour-vague-trust-neighbour = 算了，邻居认识{ $child }这么多年了
    .feedback = 催得这么急，就是为了不让你去核实。没有书面合同、拿旅游签证去工作，一旦出事，工人既没有权利，也没有证据。
family-neighbour-vague-ask-cousin = 说你要考虑一下，然后去表姐家看看
    .feedback = 花时间考虑是可以的。真正的雇主可以等你几天，让你核实。

## 表姐女儿的工作：一份真的工作

family-cousin-job = 我女儿？她在迪拜一家酒店的厨房做饭。工资正常，发不了大财，但每个月都按时发。
    .discuss = 表姐女儿的工作和邻居介绍的工作有什么不同？
family-cousin-papers = 她走之前签了合同，上面写着酒店的名称、地址、工资和工作时间。她办的是工作签证，不是旅游签证。
family-cousin-checked = 我们在政府的出国务工网站上查了中介的执照，她的工作就在名单上。他们也没问我们要一大笔费用。
family-cousin-check-both = 她的工作查得到。现在用同样的方法查一查邻居介绍的工作
    .feedback = 很好：现在你知道真正的工作是什么样子了。有名有姓的雇主、出发前签好的合同、工作签证、持牌中介、正常的工资。邻居介绍的工作钱多活少，这些却一样都没有。为一个没有合同的人出的机票和住宿，以后可能会被说成是欠的债。
family-cousin-doubt-all = 跟表姐说，国外的工作都是陷阱
    .feedback = 她的工作是真的：有持牌中介、有合同、有工作签证，数以百万计的人都是这样安全地在国外工作。目的不是害怕每一份工作，而是每一份都要核实。你决定也去查一查邻居介绍的工作。
family-cousin-trust-both = 两份工作都是你信任的人介绍的。她的没问题，邻居的肯定也没问题
    .feedback = 信任一个人，并不能证明一份工作是真的。表姐拿得出文件，邻居拿不出。招工的人靠的就是这种借来的信任。

family-agency-check = 你向本国的出国务工主管部门询问邻居介绍的工作。没有持牌中介，没有经过批准的雇主，也没有招工备案。工作人员说，真正的海外工作会在出发前签合同、办工作签证。像这样的工作，常常最后把人送进柬埔寨或缅甸的诈骗园区。
    .discuss = 在你的国家，要去哪里核实海外工作？
family-agency-check-show-child = 和{ $child }坐下来，把你查到的给孩子看
    .feedback = 很好。一份连本国出国务工主管部门都不知道的工作，是最明显的危险信号之一。心平气和地把事实讲出来，能帮{ $child }做决定。
family-agency-check-keep-quiet = 什么都不说。{ $child }是成年人了，而且那么兴奋
    .feedback = 核实结果显示，没有任何持牌中介知道这份工作。这是最明显的警告之一。什么都不说，{ $child }就会在不知情的情况下出发。

family-talk-excited = 可是{ $parent }，大家都说这是份好工作！邻居的侄子还往家里寄钱呢。
family-talk-help = 我也想帮家里付账单。在这里我找不到工作。
family-talk-look-together = 把查到的情况给孩子看，并提议一起通过持牌中介找工作
    .feedback = 事实、尊重和计划，比恐惧更有用。{ $child }仍然想出国工作，有了一条安全的路，就更容易拒绝不安全的那条。
family-talk-forbid = 不许去。你是家长，这事没得商量
    .feedback = 你的担心可以理解。但命令往往会让成年的孩子偷偷走掉，出了事也不敢说。坦诚地谈、给出更好的计划，才能让这扇门一直开着。

family-end-safe = { $child }没有接受那份工作，好几个星期都在生你的气：邻居的侄子还在不停发“曼谷”的照片。几个月后，{ $child }在镇上的一家店里找到工作，工资更低。你把邻居的工作邀约报告给了外派劳工主管部门，好让其他家庭得到提醒。留下来是有代价的，而且是真实的代价；但这是知道了事实之后做的决定。

## 在国外

family-itinerary-route = { $parent }，公司把机票发给我了！先飞吉隆坡，再从那里用另一张机票去曼谷。他们说这样便宜。
    .discuss = 为什么一家公司要让人绕道别的城市、分两张机票去曼谷？
family-itinerary-met = 公司的人会在吉隆坡接我，把第二张机票给我。两个星期后就出发！
family-itinerary-ask-route = 问清楚为什么行程要分成两段，并要来每个航班号，还有在吉隆坡接{ $child }的那个人的名字
    .feedback = 问得合理。去曼谷工作却要绕道别的城市、分开买票，还要由陌生人交下一张机票，这是一种已知的模式：它让官员，也让你，更难知道{ $child }在哪里。你现在记下的每个航班号和名字，万一出事都会有用。
family-itinerary-wish-luck = 祝{ $child }一路顺风。便宜的机票常常要绕路
    .feedback = 便宜的转机航班很常见，所以这听起来很正常。但两张分开的机票，加上一个拿着下一张票等着的人，让这条路线很难追踪，对出入境官员和对你都是如此。每一步都问清楚并记下来，不会有任何损失。
family-itinerary-check-ins = 约好{ $child }每到一站都发一条消息，如果哪条消息没来，你就打电话给大使馆
    .feedback = 很好：分成好几段的路线很难追踪，而每一站的消息都会留下线索。如果消息断了，你会知道是什么时候、在哪里，以及该打给谁。

family-departure = 两周后，{ $child }飞到了曼谷。最初的消息都很开心：机场的自拍、酒店房间、一盘特别辣的面条。然后，整整一个星期，什么消息都没有。

family-move-sorry = 对不起{ $parent }，一直没空写。公司把我们调到新办公室了。
    .discuss = 从得到这份工作到现在，什么变了？
family-move-border = 我们开了一整夜的车。过境的时候没有走边检。一个男人带我们从一条小路过去。司机说这很正常。
family-move-place = 现在我们在{ $place }。这里网络很差。有空我再写。
family-move-save-location = 让{ $child }共享实时位置，告诉你公司名称。保存每一条消息
    .feedback = 很好。工作本来在泰国，现在却到了另一个国家，而且没有经过边检。工作地点一变再变、偷偷越境，是两个很强的危险信号。保存下来的位置和截图，会帮到之后想帮忙的人。
family-move-stay-calm = 发一个爱心，写：“好好干，我们为你骄傲”
    .feedback = 想保持乐观是人之常情。但工作已经换到了另一个国家，而且{ $child }没有经过边检就越了境。这是两个很强的信号，说明出了问题；现在保存位置和消息，之后会有用。

family-silence = 消息越来越少：回复很短，时间也很奇怪。然后整整十天毫无音讯。一天深夜，你的手机亮了。

family-debt-quick = { $parent }，我不能说太久。他们会查我们的手机。
    .discuss = 这一刻，做父母的可能会有什么感受？在转出任何钱之前，他们可以先做些什么？
family-debt-owe = 这份工作跟他们说的不一样。老板说我欠了${ $debt }，是机票、签证和住宿的钱。
family-debt-please = 只有还了钱我才能走。求你把钱转到这个账户。求你别告诉任何人。
family-debt-pay-debt = 今晚就把钱转过去。{ $child }在求你
    .feedback = 任何父母都会想付这笔钱。但这笔“债”是编出来困住工人的。付了钱很少能换回自由，反而让老板知道你家拿得出钱。
family-debt-call-embassy = 先别转钱。今晚就给大使馆和国家求助热线打电话
    .feedback = 对。必须先还清路费和住宿费才能离开，这是一个大家熟知的陷阱：债务奴役。大使馆和国家求助热线了解这类案子，比园区附近的警察更安全，在那里报案可能会被泄露给老板。
family-debt-call-police = 查到{ $place }警察的电话，去报案
    .feedback = 这感觉是理所当然的一步。但幸存者说，和园区附近当地警察的联系，有时会被转给老板。更安全的途径是你的大使馆、国家求助热线和可靠的救助组织。

family-police = 你联系上的{ $place }警察很有礼貌，记下了详细情况。两天后，{ $child }用借来的手机发来消息：“老板知道我家里人报警了。他们把我们转到了另一栋楼。求你别再报警了。”

family-ransom-company = 这里是{ $child }的公司。{ $child }违反了我们的规定，正在受罚。
    .discuss = 为什么犯罪分子想让家属独自行动，而且要快？
family-ransom-pay = 48小时内用USDT转${ $ransom }。不然就把{ $child }卖给别的公司。
family-ransom-no-police = 不许报警。我们会知道的。
family-ransom-pay-ransom = 向亲戚借钱付了，好让惩罚停下来
    .feedback = 不惜一切代价想让伤害停止，这是人之常情。但付钱并不能保证放人，很多家庭付了钱之后又面临新的要求。犯罪分子靠的就是恐惧和慌乱。
family-ransom-get-help = 不回复。保存每一条消息，给大使馆和国家热线打电话
    .feedback = 对。威胁家人、索要赎金，是园区榨取更多钱的手段。保存每一条消息、号码和账户：大使馆和处理这类案件的救助组织都需要。

## 寻求帮助

family-embassy-hello = 这里是大使馆，我是值班官员。很遗憾发生了这样的事。你打电话来是对的。
family-embassy-advice = 我们帮助过其他遇到类似情况的家庭。请不要给任何人转钱，也不要自己去联系当地警察。
family-embassy-need = 我们需要{ $child }的护照信息、最后所在的位置、给你发消息的号码，以及他们给你的任何银行账户或加密货币账户。
family-embassy-send-saved = 把你保存的位置、公司名称和截图发过去
    .feedback = 因为你在{ $child }被转移时就保存了这些，大使馆可以马上开始行动。完整的记录是家人能提供的最有用的东西之一。
family-embassy-collect-now = 请一位亲戚帮你翻查手机，把所有东西收集起来
    .feedback = 很好：家人可以帮忙。每一个日期、号码、账户和地名，都能帮到正在寻找{ $child }的人。

family-records = 你妹妹过来了。你们一直忙到深夜，把每一条消息截图，记下每一个号码和日期，找到了{ $child }最后提到的地方：{ $place }。你把这些全部发给了大使馆。官员给了你一家和他们合作的救助组织的电话。

family-ngo-hello = 你好，我就是大使馆跟你提到的社工。我们帮助人们逃离诈骗园区、回到家里。
family-ngo-plan = 我们和大使馆以及{ $place }附近的合作伙伴一起工作。请不要给任何人付钱，收到新消息都要告诉我们。
family-ngo-recruiter = 问一个问题：这份工作是谁给{ $child }介绍的？
family-ngo-report-neighbour = 把邻居的名字和电话告诉社工，暂时什么都别跟邻居说
    .feedback = 很好。介绍这份工作的人，可能每招一个人就拿一笔钱，也可能自己也被骗了。社工和热线可以跟进这件事、提醒其他家庭，又不会惊动老板。
family-ngo-confront = 去邻居家当面质问
    .feedback = 你生气是应该的。但邻居那边一旦走漏风声，就可能传回老板那里，而且邻居也可能是这个谎言的受害者。让社工和热线去跟进更安全。

family-wait-ignoring = 你们家不理我们。这可不明智。
family-wait-threat = 今天就付${ $ransom }，不然{ $child }就会被送到很远的另一家公司。你们再也找不到{ $child }了。
family-wait-last = 最后一次机会。
family-wait-forward = 不要回复。把消息转给社工和大使馆
    .feedback = 非常难，但做得对。威胁就是为了让你独自、仓促地行动。处理这个案子的人需要看到这些消息，而现在付钱可能会招来新的要求。
family-wait-forward-paid = 不要回复。把消息转给社工和大使馆
    .feedback = 非常难，但做得对。你已经付过一次钱，却没能让{ $child }回家；威胁就是为了让你再付一次。处理这个案子的人需要看到这些消息。
family-wait-pay-now = 你再也撑不住了。付钱吧，希望就此结束
    .feedback = 担惊受怕了几个星期，谁都可能让步。但威胁是施压的手段，付一次钱往往会招来下一次要求。社工可以帮你做决定；你不必独自面对。

family-more-demands-received = 钱收到了。
family-more-demands-more = 但{ $child }还欠${ $debt }，是伙食费、培训费和“转会费”。
family-more-demands-go = 付了钱，{ $child }就能回家。别拖。
family-more-demands-pay-again = 再付一次。也许这次就结束了
    .feedback = 每付一次，这笔“债”就涨一次：它本来就是这样设计的。每一笔付款都让老板知道你家还能拿出更多钱。
family-more-demands-stop-paying = 不再付钱。把所有收据和消息带去大使馆
    .feedback = 对。一笔越还越多的债，就是债务奴役：它从来就不是为了让人还清的。你的收据和消息能帮助大使馆和救助组织找到{ $child }，也找到背后的人。

## 结局

family-end-helped = 六个星期后，大使馆打来电话。他们与非政府组织和当局合作，把 { $child } 和其他人从园区救了出来。接下来是在庇护所的几个星期、确认谁是人口贩卖受害者的甄别面谈，以及新的旅行证件，之后 { $child } 才回到家，疲惫但平安。{ $child } 是受害者，不是罪犯，有权被这样对待；你的电话和记录帮了忙。招募者有时会再次联系幸存者，所以请把大使馆的号码放在身边。
family-end-open = 两个月后，一个陌生号码打来电话。是{ $child }，在边境附近的一个收容所里：社工曾通过你传过去一个安全的联系方式，一天夜里，{ $child }和另外两个人逃了出来，找到了那里。你付的钱已经拿不回来了，回家之前还要办证件。但{ $child }已经出来了，你也不是一个人在面对这一切。
family-end-scammed = 你付了钱，又付了一次，每一次付款都换来新的要求。这正是犯罪分子的计划：这笔“债”永远还不完，这不是你的错。现在还不晚：停止付款，保存每一张收据和每一条消息，去找大使馆、国家求助热线和可靠的救助组织。即使过了几个月，也有人能逃出来。

## 查过之后，然后呢

family-character-agency = 持牌中介工作人员
family-character-fixer = Ricky，“营救协调员”
family-agency-check-tell-neighbour = 回去找邻居，告诉他主管部门怎么说
    .feedback = 给他解释的机会是公平的。他不高兴了：主管部门“又慢又腐败”，他侄子好好的。到了晚上，{ $child }听说了这事，也生你的气。但这次核查并没有让你失去任何真工作会失去的东西。
family-talk-let-go = 这是{ $child }自己的人生。约好每天发一条消息，再留一份护照复印件
    .feedback = 尊重成年孩子的决定是公平的，每天的消息和护照复印件在出事时会有用。但这份工作本身，仍然没有人能核实。

family-licensed-job = 一家列在政府名单上的持牌中介，有一份多哈酒店的工作：客房服务，酒店有名有姓，签字前可以先看合同，办工作签证。
    .discuss = 这份工作钱更少、要交费、还要等几个月。为什么一个家庭仍可能选择它？
family-licensed-fee = 工资大约是邻居许诺的三分之二。体检和办证要交${ $fee }，费用由政府规定，有正式收据。
family-licensed-wait = 手续要三个月。{ $child }叹了口气：“邻居那份工作星期五就出发了。”
family-licensed-pay-fee = 交费拿收据，等三个月
    .feedback = 收费不一定是危险信号：持牌中介可以按法律允许收费，开收据，办真实的手续。这份工作安全，是因为每一部分都能核实：酒店、合同、签证、中介的执照。
family-licensed-too-slow = 三个月太久了。还是让{ $child }去邻居那份工作吧
    .feedback = 等待和费用都是真实的代价，而另一份工作星期五就走：假工作靠的正是这种催促。邻居那份工作并没有变得更容易核实。
family-licensed-work-here = 让{ $child }先在本地找工作，把这笔费用省下来
    .feedback = 省钱、想让{ $child }留在身边，都可以理解。但{ $child }也因此失去了一份真工作，以及按自己的心意帮助家里的机会。

family-end-genuine = 三个月后，{ $child }持工作签证飞往多哈，带着签好的合同，手机里存着中介的电话。第一笔工资按时到账，比邻居许诺的少，但是真的。你核实过，而这一次邀约是真的：核实不等于拒绝一切。

## 小心的一条路，结局仍然不好

family-move-call-embassy-now = 今晚就给大使馆打电话，把{ $child }刚写的都告诉他们
    .feedback = 尽早行动是对的。工作搬到了另一个国家，过境没有走出入境检查：两个强烈的信号。现在大使馆有了档案、地点和日期。
family-embassy-early-file = 大使馆值班官员。谢谢你这么早打来：我们已经为{ $child }立了档案。
family-embassy-early-far = { $place }离我们很远，在边境另一边，那里的当局只凭一个名字和一个城镇，行动很慢。我们会和合作伙伴一起工作。请保存每一条消息。
family-embassy-early-wait = 如果{ $child }再写来，问问是哪栋楼、附近有什么标志，任何我们能转给合作伙伴的信息都行。
family-moved = { $child }又写来两次，简短而小心，你把每个字都转了过去。然后消息断了。五周后大使馆来电：合作伙伴赶到{ $place }那栋楼时，公司在前一周已经把工人转移到别处。还没有人知道去了哪里。
family-end-moved = 一个谨慎的家长能做的，你都做了：早早看出了信号，第一时间打给大使馆，没有寄钱。公司还是把工人转移了，这类公司常常这样做，并不是你的电话造成的。{ $child }仍被扣押。案子还在：大使馆、救助组织和国家热线仍在寻找，有些家庭在几个月后找到了孩子，常常靠的就是像你这样的记录。保存每一条消息，手机一直开着。

## 在网上求助

family-ransom-post-online = 把{ $child }的照片和经过发到脸书上：总有人认识那边的人
    .feedback = 感到孤立无援时向别人求助，是很自然的。但公开的帖子可能传到老板那里，也会被那些靠绝望的家庭赚钱的人看到。
family-fixer-saw = 我看到你的帖子了。很难过。我帮过很多像你们这样的家庭。
    .discuss = Ricky听起来很和善，也熟悉那个地方。信任他之前，你想了解他什么？
family-fixer-contacts = 我在{ $place }里面有人。上个月我救出了十一个工人。你看（一群人在公交站笑着的照片）。
family-fixer-fee = 司机和看守要打点，今天我需要${ $fee }。三天后{ $child }就出来。别告诉大使馆，他们太慢，老板会知道的。
family-fixer-pay-fixer = 给他钱。大使馆到现在什么也没为你做
    .feedback = 像你这样的帖子一发出，几个小时内就会有假“营救者”找上门，带着照片和温和的语气。他们先要钱，还让你瞒着大使馆；然后就消失了。
family-fixer-ask-embassy = 寄任何东西之前，先向大使馆问问这个人
    .feedback = 好：真正的营救会和大使馆合作，不需要躲着大使馆。你一提大使馆，Ricky就不再回复了。
family-fixer-pay-ransom = 他可能是骗子。还是把钱付给公司，免得{ $child }被卖掉
    .feedback = 两个要求利用的是同一种恐惧。付钱给公司并不能保证放人，家庭付钱后常常会面对新的要求。
family-end-fixer = Ricky拿了${ $fee }就不再回复。你并没有犯傻：他找上你，是因为你的帖子让人看到一个正在受苦的家庭，而这正是这种人要找的。公司仍然扣着{ $child }。现在还不晚：把他的消息和付款凭证交给大使馆和国家热线，不要再公开说什么，让与大使馆合作的救助组织来指导你。

family-ngo-ask-elders = 请社区里的长辈去和邻居家谈谈
    .feedback = 你的社区能承担很多，长辈们也许能打听到那个侄子在替谁做事。但即使是私下的谈话，也可能传到老板那里。把你知道的告诉社工，让他们决定怎么用。
family-more-demands-ask-voice = 先要求听到{ $child }的声音，再付钱
    .feedback = 听到{ $child }的声音让人松一口气，但这只证明{ $child }还活着、仍被扣押。“债务”本来就是设计成越滚越多的，一条语音改变不了这一点。

family-redflag-upfront-fee = 付钱给陌生人“营救”
    .explain = 亲人被扣押时，任何说能把人救出来的人都像是希望。假“营救者”专看家属的帖子，先要钱，还常让家属瞒着大使馆。
    .advice = 不要付钱给任何收费营救的人。真正的帮助会和你的大使馆合作，从不要你躲着大使馆：有人联系你，就向大使馆或国家热线核实。
