# Machine-drafted translation: needs review by a native speaker.
friends-offer-title = 朋友介绍的工作
friends-offer-summary = 一个在国外工作的老朋友给你发来过好日子的照片，还说也能帮你找份工作。
friends-offer-content-note = 这个故事涉及人口贩卖和被非法扣留的人，但不会出现暴力场面。你可以随时按 q 暂停或退出。

## Characters

friends-offer-character-friend = { $friend }（你的{ $bond }）
friends-offer-character-group = { $city }团队（群聊）
friends-offer-character-hr = { $hr }，{ $company }人事部
friends-offer-character-other = { $other }
friends-offer-character-hotline = 出国务工主管部门热线

## Variables

friends-offer-you-ramon = 拉蒙，菲律宾奎松市的外卖骑手
friends-offer-you-maricel = 玛丽塞尔，菲律宾拉古纳的工厂工人
friends-offer-you-budi = 布迪，印度尼西亚万隆的建筑工人
friends-offer-you-siti = 西蒂，印度尼西亚泗水的商店店员
friends-offer-you-tuan = 阿俊，越南岘港的建筑工人
friends-offer-you-thu = 秋，越南海防的制衣工人
friends-offer-you-kiran = 基兰，尼泊尔加德满都的外卖骑手
friends-offer-you-nuwan = 努万，斯里兰卡康提的建筑工人
friends-offer-you-anjali = 安贾莉，印度浦那的美容师
friends-offer-you-rahul = 拉胡尔，印度海得拉巴的外卖骑手

friends-offer-friend-ace = 艾斯
friends-offer-friend-jay = 阿杰
friends-offer-friend-max = 马克斯
friends-offer-friend-tiger = 泰格

friends-offer-bond-cousin = 表哥
friends-offer-bond-schoolfriend = 老同学

friends-offer-other-sunny = 桑尼
friends-offer-other-lucky = 拉奇
friends-offer-other-rocky = 洛奇

friends-offer-member-joy = 乔伊
friends-offer-member-dewi = 德维
friends-offer-member-mai = 梅

friends-offer-city-bangkok = 曼谷
friends-offer-city-chiang-mai = 清迈

friends-offer-company-sunrise = 旭日数字集团
friends-offer-company-gold-river = 金河贸易
friends-offer-company-blue-ocean = 蓝海科技

friends-offer-hr-cindy = 辛迪
friends-offer-hr-grace = 格蕾丝
friends-offer-hr-may = 阿梅

friends-offer-real-job-japan-building = 日本的一个建筑工地
friends-offer-real-job-malaysia-factory = 马来西亚的一家工厂
friends-offer-real-job-dubai-warehouse = 迪拜的一个仓库

## 朋友来联系你

friends-offer-start = 你是{ $you }。每天干很长时间，挣得很少，大部分钱还要寄回家。一天晚上，你的手机亮了：是你的{ $bond }{ $friend }。你们已经两年没联系了。大家都说{ $friend }现在“在国外工作”，混得不错。
    .discuss = 这个故事里的人是怎么听说海外工作的？哪些途径可以核实，哪些不能？

friends-offer-photos-hey = 嘿！！好久不见！最近怎么样？
    .discuss = 为什么熟人给的机会，比陌生人给的让人觉得更安全？
friends-offer-photos-photo = （照片：夜里，{ $friend }在一个屋顶泳池边，身后是城市的灯光，手里拿着一部新手机。）
friends-offer-photos-life = 在{ $city }过得不错。月薪 ${ $salary }，免费住宿。办公室工作，有空调！
friends-offer-photos-offer = 我们公司还要招人。我跟老板说了你。你想来吗？我可以帮你。
friends-offer-photos-sounds-great = “想！你说好，我就信。我要怎么加入？”
    .feedback = 熟人介绍的工作让人觉得放心，正因为这样，招工的人才会利用朋友和亲戚。你的朋友可能自己也相信这份工作，也可能自己正受到压力。他的一句话，不能代替核实。
friends-offer-photos-ask-proof = 替他高兴，然后问公司的名字，好自己去核实
    .feedback = 你可以信任朋友，同时也核实这份工作。招工的人利用朋友，是因为有了信任，就不会再提问。真正的工作，在你核实之后还会在那里。
friends-offer-photos-ask-family = 先问问他妈妈，他在那边到底过得怎么样
    .feedback = 很体贴的想法。她说他往家里寄钱，听起来很忙。但他的家人只知道他说的，或者他被允许说的。需要核实的仍然是这份工作。

friends-offer-details-company = 公司叫{ $company }。给网店做客服。很轻松，只要跟客户聊天。
friends-offer-details-training = 没经验也没关系，他们什么都教。我以前英语也很差！
friends-offer-details-group = 老家有五个人坐同一班飞机，14号走。你们那条街的{ $member }也去！我拉你进群。
friends-offer-details-hr = 人事部的{ $hr }会给你发消息。她人很好。

## The group from home, leaving together

friends-offer-group-welcome = 协调员：欢迎加入{ $city }团队！！14号我们一起飞 🎉
    .discuss = 这样的群聊，会怎样影响一个人做决定？
friends-offer-group-paid = { $member }：今天交了预订费！！好激动，机场见 😍
friends-offer-group-seats = 协调员：团队航班只剩2个座位。认真的人今天确认。
friends-offer-group-hr = 协调员：HR的{ $hr }会给大家面试。很简单！
friends-offer-group-join-in = 发个开心的招呼。大家都去，你也去。
    .feedback = 一群人一起走让人觉得安全：熟人、同一班飞机、同一个计划。所以招募者才会组群。"只剩两个座位"是为了让你在核实之前就做决定，而群里也没有人见过合同。
friends-offer-group-ask-group = 在群里问："有人看过合同，或者查过这家公司吗？"
    .feedback = 合理的问题，但在一个热闹的群里很难开口。截止时间和人群，正是让人停止核实的东西。看看谁回答，怎么回答。
friends-offer-group-call-other = 回复任何人之前，先给{ $other }打电话，他是通过合法途径在国外工作的
    .feedback = 好主意。朋友的话和热闹的群都不是核实。通过持牌中介出国的人，知道真正的流程是什么样子。

friends-offer-group-reply-contract = { $member }：合同在办公室，大家都这么说。
friends-offer-group-reply-negative = 协调员：群里请不要负能量哦 😅 { $friend }已经在那边了，他很开心。
friends-offer-group-reply-hr = 协调员：{ $hr }会回答你的问题。她正在给你发消息。

## 友善的人事小姐

friends-offer-hr-chat-hello = 你好！我是人事部的{ $hr }。{ $friend }跟我们说了你很多好话。
friends-offer-hr-chat-patient = 有什么问题，随时问我。不着急，好吗？
friends-offer-hr-chat-interview = 面试很简单，就在聊天里进行。先介绍一下你自己，然后做一个简短的打字测试。
friends-offer-hr-chat-test = 请把这段话打出来发给我：“亲爱的，你好，今天过得怎么样？能跟你聊天我好开心。”
friends-offer-hr-chat-do-test = 回答她的问题，做打字测试
    .feedback = 聊几句天、做个打字测试，不是真正的面试。这只是在检查你能不能用英语聊天、打字，而这正是诈骗园区需要的本事。看看他们让你打的是什么话。
friends-offer-hr-chat-ask-call = “我能和经理视频通话，并先看看合同吗？”
    .feedback = 真正的雇主会和你面对面谈，也会给你看合同。只在聊天里“面试”，雇主就一直藏在背后。视频通话有帮助，但可能被伪造，所以还要通过官方渠道核实雇主。
friends-offer-hr-chat-screenshot = 做测试，同时把整个聊天截图保存下来，以防万一
    .feedback = 留下记录是明智的，以后可能用得上。但警示信号是面试本身：一段聊天加打字测试，内容像是在和陌生人调情。这正是诈骗园区需要的技能。

friends-offer-hr-dodge-sure = 当然，我理解你。你这么细心很好！
friends-offer-hr-dodge-later = 经理在另一个分公司。等手续办完，他会给你打电话。合同等你到了再签，所有员工都是这样。
friends-offer-hr-dodge-proof = 你朋友在这里很开心，你们整个群都要来。你可以相信我们。
friends-offer-hr-dodge-fine = “好吧。不好意思问了这么多。”做测试
    .feedback = 友善又耐心，但还是没有合同，也没有经理。对你客气，他们什么都不用付出。“到了再签”，意思是在离家很远、你已经没法拒绝的地方签。
friends-offer-hr-dodge-check = “我要等书面合同，并向本国的出国务工主管部门核实。”
    .feedback = 很好。没有写明雇主、工作内容、地点和工资的书面合同，绝不要答应出发。真正的工作机会，可以等你核实。
friends-offer-hr-dodge-leave = 悄悄退出群聊，不再回复
    .feedback = 对无法核实的机会，你可以说不。这有代价：群里会议论，{ $friend }可能会难过。你不欠任何人解释。

friends-offer-fee-passed = 恭喜，你通过了！
    .discuss = 为什么好消息一来，紧接着就要交费？付了钱之后，一个人对接下来能做什么的感觉会有什么变化？
friends-offer-fee-fee = 签证和机票要交一笔手续费：${ $fee }。从你第一个月的工资里还给你。
friends-offer-fee-friday = 请在周五前汇款，我们好给你订团队航班的座位。这是账户。
friends-offer-fee-pay = 借钱转过去。第一个月的工资就能拿回来
    .feedback = 一旦付了钱，放弃就意味着钱没了，所以你只能继续往前走。真正的海外工作只收法律允许的费用，会开正式收据，而且绝不会让你转到个人账户。
friends-offer-fee-refuse = “正规雇主不会让我花钱才录用我。我不付。”
    .feedback = 对。先付“手续费”，还要转给个人，这是一个警告信号。问问出国务工主管部门哪些费用是合法的，只在有正式收据的情况下付钱。
friends-offer-fee-ask-agency = 说等海外劳工机构确认费用合法后再付，然后给他们打电话
    .feedback = 不用争吵也能核实的好办法。主管机构知道海外工作哪些费用是合法的，而且要凭正式收据支付，绝不会打进个人账户。

friends-offer-friend-push-heard = { $hr }说你不想交钱？
friends-offer-friend-push-paid = 我来的时候也付了。很快就能拿回来，我保证。
friends-offer-friend-push-half = 听着，我已经替你付了一半。别让我在老板面前丢脸。
friends-offer-friend-push-accept = 答应吧。他已经替你付了一半。这还怎么拒绝？
    .feedback = 拒绝对你好的人很难，他也许是真心的。但他的话和他的钱，并不能让这份工作变成真的。他可能也正受到同一批人的逼迫。
friends-offer-friend-push-ask-other = 回复之前，先问问你的朋友{ $other }怎么看，他是通过正规途径出国工作的
    .feedback = 好主意。通过持牌中介出国的人，知道真正的流程是什么样子。信任朋友没有错；核实朋友说的话，就更明智了。
friends-offer-friend-push-say-no = "真的谢谢你。但我去不了。以后再说吧。"
    .feedback = 客气地拒绝就够了。你不需要证明工作是假的才能留在家里。

## Said no, and the money he "advanced"

friends-offer-repay-boss = （两天后，凌晨2:40）他们说我必须把替你付的钱还回去。今天。
    .discuss = 真正要这笔钱的是谁？有什么做法不会让任何人陷入更大的危险？
friends-offer-repay-debt = 不然他们就加到我的债上。求你了。我不是开玩笑。
friends-offer-repay-watching = 我写这条消息的时候，他们就站在旁边。
friends-offer-repay-send = 把你有的钱都寄过去。你不能就这样丢下他。
    .feedback = 你付钱是为了保护你在乎的人，而他身边正站着看守。这不是错误：这种威胁就是为了让人这么做而设计的，这不是你的错。要求可能还会再来。保存每一条消息，把他写的内容告诉国家反人口贩卖热线和你的大使馆。
friends-offer-repay-hotline = 先别寄。带着他写的每一条消息，打国家反人口贩卖热线
    .feedback = 在威胁之下做出的艰难选择，没有好的选项。热线可以把他的位置和消息转给大使馆，并告诉你怎样回复才不会让他更危险。无论你在这里选了什么，都不是你的错。

## The group flight, and the script for the airport

friends-offer-pressure-booked = 协调员：14号团队航班！所有交了钱的人都留了座位。今晚出最终名单。
    .discuss = 一个真正的雇主，为什么需要新员工假装互不认识？
friends-offer-pressure-airport = 在机场别站在一起。如果移民官问，你们是去度假的，而且互不认识。
friends-offer-pressure-contract = 合同到办公室再签。一切都跟我们说的一样。
friends-offer-pressure-quiet = 还有，别告诉太多人。有些人会眼红，给你找麻烦。
friends-offer-pressure-go = 说你要去，然后收拾行李。
    .feedback = 对移民官撒谎、没有书面合同、"别告诉别人"：每一条都让人无法核实或求助。官员提问，是为了发现正在被贩卖的人。真正的工作从不需要你对他们撒谎。
friends-offer-pressure-wait = "没有书面合同我不去，也不会在机场撒谎。"然后给{ $friend }发消息，问到底发生了什么。
    .feedback = 你看出来了。被教好对移民官说什么、假装不认识其他人，是严重的警示信号：说实话就走不成了。保存好这些消息。
friends-offer-pressure-ask-group = 在群里写："真正的工作为什么需要我们在机场撒谎？"
    .feedback = 你问出了大家都在回避的问题。一分钟后，协调员把你移出了群。被要求对移民官撒谎是严重的警示信号，而一个群可以让人不敢说出来。

## 朋友说漏了嘴，和真相

friends-offer-ask-friend-late = （凌晨3:12）求你了。来吧。
    .discuss = 你在这些消息里注意到了什么？他可能正在经历什么？
friends-offer-ask-friend-slip = 他们说，如果我再带两个人来，我就可以
friends-offer-ask-friend-deleted = 此消息已被删除。
friends-offer-ask-friend-again = 对不起。这里一切都好。14号来，好吗？
friends-offer-ask-friend-gently = 温和地问他：“你还好吗？你想走的话，能走吗？”
    .feedback = 平静、友善、不带责怪的问题，最有可能换来一个真实的回答。
friends-offer-ask-friend-screenshot = 趁更多消息被删之前全部截图，然后温和地问他是否还好
    .feedback = 保存他写的东西，以后可能帮到他：时间、被截断的话、被删除的消息。然后，一个平静、温和、不带责备的问题，最有可能换来真话。
friends-offer-ask-friend-block = 拉黑他。你不去了
    .feedback = 保护自己是对的。但再看一看：深夜的时间、说到一半的消息、被删掉的那一句。被关在诈骗园区里的人，常常被逼着去招朋友和亲戚。他可能也是受害者。
friends-offer-ask-friend-block-report = 拉黑他，并向出国务工主管部门举报{ $hr }和你付的那笔手续费
    .feedback = 举报这笔费用，能帮助阻止这些招工的人，而且付了这笔钱不是你的错。但再看一看{ $friend }的消息：被关在诈骗园区里的人，常常被逼着去招人。他可能也是受害者。

friends-offer-truth-quick = 不能聊太久。他们会查我们的手机。
friends-offer-truth-passport = 我一来，他们就把我的护照收走了。他们说我欠他们路费。
friends-offer-truth-recruit = 他们逼我们带新人来。对不起。我不想这样的。
friends-offer-truth-mother = 别来。求你告诉我妈妈。
friends-offer-truth-embassy = 给本国大使馆和全国反人口贩卖热线打电话，并告诉他的家人
    .feedback = 这些正是该找的人：你的大使馆、全国求助热线、可靠的救助组织，还有他的家人。告诉他们他在哪里、他的号码和公司名称。这一切都不是他的错：他是被拐卖的，被逼着去招人。
friends-offer-truth-post = 把他的消息发到Facebook上，揭露这家公司，提醒所有人
    .feedback = 想提醒别人是好的，群里的人也需要知道。但公开帖子可能被老板们看到，让他陷入危险。先悄悄把细节交给大使馆或热线，再一个一个地提醒群里的人。
friends-offer-truth-his-mother = 按他说的，先去找他妈妈，一起打热线
    .feedback = 他请你告诉她，而家人是能帮上忙的途径之一。你们一起可以把热线和大使馆需要的信息交给他们：他在哪里、他的号码、公司名称。这一切都不是他的错。

friends-offer-posted = 你把截图连同公司名称发了出去。一小时内转发了几百次；{ $member }发消息说她不去了。然后{ $friend }的消息断了。第二天，国家热线的一位工作人员请你删掉帖子：如果老板们看到，他可能会受罚或被转走。你删了帖子，把他写的一切都交给了她。

## 另一个朋友、主管部门，和一份真正的工作

friends-offer-advice-careful = 嘿！你先来问我，做得好。要小心，现在假工作很多。
friends-offer-advice-mine = 我在{ $real-job }工作。我是通过持牌中介找到这份工作的，付任何钱之前，我都先在政府名单上查过这家中介。
friends-offer-advice-contract = 上飞机之前，我和雇主视频面试过，签了书面合同，也办好了工作签证。工资很正常，不是高得离谱，但是真的。
friends-offer-advice-hiring = 我们公司还要招工人，也是通过同一家中介。要不要详细情况？不过你也要用同样的方法去核实。
friends-offer-advice-check-job = 向出国务工主管部门核实{ $other }的中介和工作
    .feedback = 每一份工作都要做同样的核实，即使是你信任的朋友介绍的。这样才能找到好的工作。
friends-offer-advice-check-both = 请{ $other }先帮你核实{ $friend }介绍的工作
    .feedback = 一个了解正规途径的朋友，可以帮你问对问题。
friends-offer-advice-thanks = 谢谢{ $other }。你还没准备好出国
    .feedback = 这是你的权利。等你准备好了，你知道怎么核实一份工作：中介的执照、有名有姓的雇主、合同、工作签证。

friends-offer-agency-check = 你打电话给本国出国务工主管部门的热线。{ $company }没有从你的国家招工的执照，也没有任何这样的工作经过批准。“像这样去泰国的工作，常常最后到了边境另一边的缅甸，进了诈骗园区，”工作人员说，“你认识去了那里的人吗？”
    .discuss = 你要怎么找到本国负责出国务工的主管部门？
friends-offer-agency-check-ask-friend-ok = 想到了{ $friend }。给他发消息，问问他到底过得怎么样
friends-offer-agency-check-ask-other = 问问{ $other }怎么看，他是通过正规途径出国工作的
friends-offer-agency-check-other-job = 请工作人员也核实一下{ $other }的中介和工作
friends-offer-agency-check-walk-away = 拒绝{ $friend }介绍的工作，到此为止

friends-offer-genuine-check = 工作人员查了{ $other }的中介：持牌，在政府名单上。{ $real-job }的工作已获批准，有具名雇主、书面合同、工作签证，只收合法费用并开正式收据。工资与工作相称，下一批四个月后出发。"这个是真的，"她说。
friends-offer-genuine-check-apply = 通过{ $other }的中介申请这份工作
    .feedback = { $friend }的机会是不需要经验的轻松工作拿高薪：那就是诱饵。这份工作为真正的劳动付正常工资，要等四个月、交一笔费用，而它的每一部分都经得起核实。
friends-offer-genuine-check-friend-instead = { $friend }的机会听起来更好：轻松的办公室工作，有空调，月薪 ${ $salary }，而且大家14号就走。跟他去吧。
    .feedback = 不需要经验的轻松工作拿高薪就是诱饵，在手头紧、朋友们都要走的时候，它的拉力最大。{ $other }的工作更辛苦、更慢，但它有另一份没有的东西：持牌中介、合同和工作签证。
friends-offer-genuine-check-worry-friend = 先别管别的，给{ $friend }发消息，温和地问问他到底过得怎么样

## 结局

friends-offer-end-walk-away = 你留在了家里。拒绝{ $friend }不容易，拒绝那样的工资不容易，看着群里的人没有你也在准备出发更不容易。一周后，{ $hr }的账号消失了。你仍然惦记着{ $friend }。如果他再联系你，你知道谁能帮他：你的大使馆、国家热线、他的家人。
friends-offer-end-trafficked = 你和大家一起飞走，在移民官面前说了"度假"，就像被教的那样。在{ $city }，一辆面包车载着你们六个人开了好几个小时，到了边境另一边一座有围墙的园区。你们的护照和手机被"代为保管"。这是犯罪分子的计划：不是你的错，也不是{ $friend }的错。人们确实能出来，靠大使馆、热线和家人的帮助。
friends-offer-end-helped = 大使馆把{ $friend }的名字和位置，转给了正在设法救出本国公民的人。这花了好几个星期。后来，{ $friend }的妈妈给你打来电话：{ $friend }已经出来了，住在收容所里，等证件办好就能坐飞机回家。“他们把他当作受害者，而不是罪犯，”她说，“因为他本来就是受害者。”
friends-offer-end-posted = 那群人14号没有飞，你们那条街也再没人交钱。这是你那条帖子的作用。但{ $friend }再也没有来消息。热线把他的信息转给了大使馆，几周后仍然没有音讯。想提醒大家是对的；对仍在里面的人来说，先走安静的途径更安全。不知道结果是最难熬的部分之一，这不是你的错。
friends-offer-end-paid = 你把能拿出的钱都寄了过去。两周后，同样的要求又来了，要得更多。为了保护你在乎的人，你做了这种威胁设计出来逼你做的事：这不是你的错，你拒绝那份工作也没有白费。你保存了每一条消息，国家热线和你的大使馆现在有了{ $friend }的号码、你汇款的账户和公司名称。再付钱买不来他的自由；告诉他们才可能有帮助。
friends-offer-end-genuine = 你通过{ $other }的中介提交了申请。面试是和真正的雇主视频通话，合同是书面的，工作签证在上飞机之前就办好了。现在你在{ $real-job }工作。活很辛苦，但工资是正当的，你的家人也清楚地知道你在哪里。
