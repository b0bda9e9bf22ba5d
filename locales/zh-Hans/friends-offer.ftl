# Machine-drafted translation: needs review by a native speaker.
friends-offer-title = 朋友介绍的工作
friends-offer-summary = 一个在国外工作的老朋友给你发来过好日子的照片，还说也能帮你找份工作。
friends-offer-content-note = 这个故事涉及人口贩卖和被非法扣留的人，但不会出现暴力场面。你可以随时按 q 暂停或退出。

## Characters

friends-offer-character-friend = { $friend }（你的{ $bond }）
friends-offer-character-site = { $company }官网
friends-offer-character-hr = { $hr }，{ $company }人事部
friends-offer-character-other = { $other }
friends-offer-character-hotline = 出国务工主管部门热线

## Variables

friends-offer-you-ramon = 拉蒙，菲律宾奎松市的外卖骑手
friends-offer-you-budi = 布迪，印度尼西亚万隆的建筑工人
friends-offer-you-tuan = 阿俊，越南岘港的建筑工人
friends-offer-you-kiran = 基兰，尼泊尔加德满都的外卖骑手
friends-offer-you-nuwan = 努万，斯里兰卡康提的建筑工人
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

friends-offer-photos-hey = 兄弟！！好久不见！最近怎么样？
    .discuss = 为什么熟人介绍的工作，会比陌生人介绍的让人觉得更放心？
friends-offer-photos-photo = （照片：夜里，{ $friend }在一个屋顶泳池边，身后是城市的灯光，手里拿着一部新手机。）
friends-offer-photos-life = 兄弟，{ $city }的日子很好过。每月${ $salary }，免费住宿。坐办公室，还有空调！
friends-offer-photos-offer = 我们公司还要招人。我跟老板说了你。你想来吗？我可以帮你。
friends-offer-photos-sounds-great = “想！你说好，我就信。我要怎么加入？”
    .feedback = 熟人介绍的工作让人觉得放心，正因为这样，招工的人才会利用朋友和亲戚。你的朋友可能自己也相信这份工作，也可能自己正受到压力。他的一句话，不能代替核实。
friends-offer-photos-ask-proof = 替他高兴，然后问公司的名字，好自己去核实
    .feedback = 你可以信任朋友，同时也核实这份工作。招工的人利用朋友，是因为有了信任，就不会再提问。真正的工作，在你核实之后还会在那里。

friends-offer-details-company = 公司叫{ $company }。给网店做客服。很轻松，只要跟客户聊天。
friends-offer-details-training = 没经验也没关系，他们什么都教。我以前英语也很差！
friends-offer-details-site = 你看看他们的网站，很专业的。我把链接发给你。
friends-offer-details-hr = 人事部的{ $hr }会给你发消息。她人很好。

friends-offer-website = “你的未来从这里开始。”一间玻璃墙办公室的照片，里面是笑容满面的年轻员工。“注册公司，注册号TH-2019-004417。”地图上的定位在{ $city }。还有各种奖项、一段员工聚会的视频，和一个按钮：“立即申请！本月招200人。”
    .discuss = 这个页面上，哪些是你可以自己核实的？怎么核实？
friends-offer-website-looks-real = 看起来很专业，还有注册号。肯定是真的
    .feedback = 一个网站、几张照片和一个注册号，一个下午就能做出来或抄过来，有时用的还是一家真公司的注册号。看起来像样，不等于就是真的。只有你自己找到的官方名单，才能告诉你谁有资格从你的国家招工。
friends-offer-website-check-it = 谁都能做一个网站。打电话给本国的出国务工主管部门，问问这家公司
    .feedback = 对。通过你自己找到的官方渠道核实，而不是用他们发来的链接或号码。骗子会冒充真公司，所以细心的人、受过教育的人也会上当。

## 友善的人事小姐

friends-offer-hr-chat-hello = 你好！我是人事部的{ $hr }。{ $friend }跟我们说了你很多好话。
friends-offer-hr-chat-patient = 有什么问题，随时问我。不着急，好吗？
friends-offer-hr-chat-interview = 面试很简单，就在聊天里进行。先介绍一下你自己，然后做一个简短的打字测试。
friends-offer-hr-chat-test = 请把这段话打出来发给我：“亲爱的，你好，今天过得怎么样？能跟你聊天我好开心。”
friends-offer-hr-chat-do-test = 回答她的问题，做打字测试
    .feedback = 聊几句天、做个打字测试，不是真正的面试。这只是在检查你能不能用英语聊天、打字，而这正是诈骗园区需要的本事。看看他们让你打的是什么话。
friends-offer-hr-chat-ask-call = “我能和经理视频通话，并先看看合同吗？”
    .feedback = 真正的雇主会和你面对面谈，也会给你看合同。只在聊天里“面试”，雇主就一直藏在背后。视频通话有帮助，但可能被伪造，所以还要通过官方渠道核实雇主。

friends-offer-hr-dodge-sure = 当然，我理解你。你这么细心很好！
friends-offer-hr-dodge-later = 经理在另一个分公司。等手续办完，他会给你打电话。合同等你到了再签，所有员工都是这样。
friends-offer-hr-dodge-proof = 你看过我们的网站和注册号了，对吧？而且你朋友在这里过得很开心。你可以相信我们。
friends-offer-hr-dodge-fine = “好吧。不好意思问了这么多。”做测试
    .feedback = 友善又耐心，但还是没有合同，也没有经理。对你客气，他们什么都不用付出。“到了再签”，意思是在离家很远、你已经没法拒绝的地方签。
friends-offer-hr-dodge-check = “我要等书面合同，并向本国的出国务工主管部门核实。”
    .feedback = 很好。没有写明雇主、工作内容、地点和工资的书面合同，绝不要答应出发。真正的工作机会，可以等你核实。

friends-offer-fee-passed = 恭喜，你通过了！
    .discuss = 为什么好消息一来，紧接着就要交费？付了钱之后，一个人对接下来能做什么的感觉会有什么变化？
friends-offer-fee-fee = 签证和机票要交一笔手续费：${ $fee }。从你第一个月的工资里还给你。
friends-offer-fee-friday = 请在星期五之前转过来，我们好给你订座位。这是账户。
friends-offer-fee-pay = 借钱转过去。第一个月的工资就能拿回来
    .feedback = 一旦付了钱，放弃就意味着钱没了，所以你只能继续往前走。真正的海外工作只收法律允许的费用，会开正式收据，而且绝不会让你转到个人账户。
friends-offer-fee-refuse = “正规雇主不会让我花钱才录用我。我不付。”
    .feedback = 对。先付“手续费”，还要转给个人，这是一个警告信号。问问出国务工主管部门哪些费用是合法的，只在有正式收据的情况下付钱。

friends-offer-friend-push-heard = 兄弟，{ $hr }跟我说你不想付钱？
friends-offer-friend-push-paid = 我来的时候也付了。很快就能拿回来，我保证。
friends-offer-friend-push-half = 这样吧，我帮你出一半。求你别让我在老板面前难做。
friends-offer-friend-push-accept = 答应吧。他都帮你出一半了，你怎么好意思拒绝？
    .feedback = 对一个对你好的人说不，是很难的，而且他也许是真心的。但他的话和他的钱，并不能让这份工作变成真的。他可能也正受到同一伙人的压力。
friends-offer-friend-push-ask-other = 回复之前，先问问你的朋友{ $other }怎么看，他是通过正规途径出国工作的
    .feedback = 好主意。通过持牌中介出国的人，知道真正的流程是什么样子。信任朋友没有错；核实朋友说的话，就更明智了。
friends-offer-friend-push-say-no = “谢谢你，兄弟，但我去不了。以后再说吧。”
    .feedback = 客气地拒绝就够了。你不需要证明这份工作是假的，也可以留在家里。

## 工作地点变了，还催得很急

friends-offer-location-ticket = 好消息！你去泰国的机票订好了。
    .discuss = 如果你答应之后，工作地点变了，你会怎么做？
friends-offer-location-driver = 到了机场，我们的司机会送你去我们在湄索的新分公司，就在边境附近。
friends-offer-location-river = 其实办公室就在河对岸，在妙瓦底那边。同一家公司，同样的工资。别担心。
friends-offer-location-fine = “好吧。泰国还是缅甸，工作就是工作。”
    .feedback = 你答应之后，工作地点从{ $city }变成了缅甸的妙瓦底。妙瓦底是出了名的诈骗园区聚集地。真正的雇主不会在最后一刻换国家。
friends-offer-location-ask-friend = “等等。你说的是{ $city }。妙瓦底在缅甸。”问问{ $friend }到底是怎么回事
    .feedback = 你注意到了：你答应之后，工作换了国家。妙瓦底在湄索的河对岸，是出了名的诈骗园区聚集地。工作地点一变，就要停下来，重新核实。

friends-offer-pressure-hour = 座位留好了：航班明天早上起飞。一个小时内确认，不然座位就给下一个人。
friends-offer-pressure-contract = 合同到办公室再签。一切都跟我们说的一样。
friends-offer-pressure-quiet = 还有，别告诉太多人。有些人会眼红，给你找麻烦。
friends-offer-pressure-go = 确认，然后收拾行李
    .feedback = 一个小时内做决定、没有书面合同、“别告诉别人”：每一条都是为了不让你核实、不让你找人商量。在你已经付了钱或答应了之后，这一招最管用。
friends-offer-pressure-wait = “没有书面合同我不去。”然后给{ $friend }发消息，问问到底是怎么回事
    .feedback = 你没有被催着走。真正的工作机会经得起一天的核实，而且有书面合同。让你保密，是另一个警告信号。
friends-offer-pressure-call-other = 回复之前，先给{ $other }回个电话
    .feedback = 告诉一个你信任的人，是最好的保护之一。催得急、没有合同、要你保密，这和{ $other }找到工作的方式完全相反。

## 朋友说漏了嘴，和真相

friends-offer-ask-friend-late = （凌晨3:12）兄弟，求你了。来就是了。
    .discuss = 你从这些消息里看出了什么？他可能遇到了什么事？
friends-offer-ask-friend-slip = 他们说，如果我再带两个人来，我就可以
friends-offer-ask-friend-deleted = 此消息已被删除。
friends-offer-ask-friend-again = 对不起。这边一切都好。明天就来，好吗？
friends-offer-ask-friend-gently = 温和地问他：“你还好吗？你想走的话，能走吗？”
    .feedback = 平静、友善、不带责怪的问题，最有可能换来一个真实的回答。
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
    .feedback = 想提醒别人是好的。但公开的帖子可能会被老板看到，让他陷入危险。先悄悄地把详细情况告诉大使馆或求助热线。

friends-offer-careful = 你开始写帖子，又停了下来，先给全国反人口贩卖热线打了电话。接电话的女士请你不要发帖：如果被老板看到，{ $friend }可能会受罚。她记下了{ $friend }的位置、号码和公司名称，转给了大使馆。“你打电话来是对的，”她说。

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

friends-offer-genuine-check = 工作人员查了{ $other }的中介：持有执照，在政府名单上。{ $real-job }的这份工作经过了批准，有有名有姓的雇主、书面合同、工作签证，只收合法的费用，并开正式收据。工资在这一行很正常。“这份是真的，”她说。
friends-offer-genuine-check-apply = 通过{ $other }的中介申请这份工作
    .feedback = { $friend }介绍的工作，工资高、活轻松、不要经验：这就是诱饵。这份工作做的是实实在在的活，拿的是正常的工资，每一项都查得到。
friends-offer-genuine-check-friend-instead = { $friend }介绍的工作听起来更好：轻松的办公室工作，有空调，每月${ $salary }。就选那份
    .feedback = 工资高、活轻松、不要经验，这就是诱饵，手头越紧，它的吸引力就越大。{ $other }的工作更辛苦，但它有另一份缺少的东西：持牌中介、合同和工作签证。
friends-offer-genuine-check-worry-friend = 先别管别的，给{ $friend }发消息，温和地问问他到底过得怎么样

## 结局

friends-offer-end-walk-away = 你留在了家里。拒绝{ $friend }不容易，拒绝那样的工资也不容易。一个星期后，{ $hr }的账号不见了。你还是会想起{ $friend }。如果{ $friend }再来消息，你知道谁能帮忙：你的大使馆、全国求助热线，还有{ $friend }的家人。
friends-offer-end-trafficked = 你飞到了泰国。一个司机把你送到湄索，又在夜里带你过河，进了妙瓦底。在一个围着高墙的园区门口，你的护照和手机被以“代为保管”为由收走了。这是犯罪分子的计划：不是你的错，也不是{ $friend }的错。在大使馆、求助热线和家人的帮助下，确实有人能逃出来。
friends-offer-end-helped = 大使馆把{ $friend }的名字和位置，转给了正在设法救出本国公民的人。这花了好几个星期。后来，{ $friend }的妈妈给你打来电话：{ $friend }已经出来了，住在收容所里，等证件办好就能坐飞机回家。“他们把他当作受害者，而不是罪犯，”她说，“因为他本来就是受害者。”
friends-offer-end-genuine = 你通过{ $other }的中介提交了申请。面试是和真正的雇主视频通话，合同是书面的，工作签证在上飞机之前就办好了。现在你在{ $real-job }工作。活很辛苦，但工资是正当的，你的家人也清楚地知道你在哪里。
