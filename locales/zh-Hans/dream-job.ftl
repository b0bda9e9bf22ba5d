# Machine-drafted translation: needs review by a native speaker.
dream-job-title = 梦想中的工作
dream-job-summary = 你刚毕业，急需一份工作。这时，一份好像专门为你准备的海外工作出现了。
dream-job-content-note = 这个故事涉及人口贩卖，但不会出现暴力场面。你可以随时按 q 暂停或退出。

## Characters

dream-job-character-advert = 海外工作·急招
dream-job-character-recruiter = { $recruiter }，{ $company }人事部
dream-job-character-officer = 边检人员
dream-job-character-hotline = 出国务工主管部门热线
dream-job-character-licensed = 持牌招聘中介

## Variables

dream-job-you-joy-cebu = 乔伊，来自菲律宾宿务
dream-job-you-mark-davao = 马克，来自菲律宾达沃
dream-job-you-rina-medan = 丽娜，来自印度尼西亚棉兰
dream-job-you-agus-semarang = 阿古斯，来自印度尼西亚三宝垄
dream-job-you-arjun-kochi = 阿尔琼，来自印度科钦
dream-job-you-priya-lucknow = 普丽娅，来自印度勒克瑙
dream-job-you-brian-kisumu = 布赖恩，来自肯尼亚基苏木
dream-job-you-wanjiru-nakuru = 万吉鲁，来自肯尼亚纳库鲁

dream-job-city-bangkok = 曼谷
dream-job-city-phnom-penh = 金边

dream-job-company-golden-bay = 金湾科技
dream-job-company-asialink = 亚联数字
dream-job-company-starlight = 星光环球服务

dream-job-recruiter-lisa = 丽莎
dream-job-recruiter-kevin = 凯文
dream-job-recruiter-amy = 艾米
dream-job-recruiter-jason = 杰森

dream-job-real-job-hotel-dubai = 迪拜一家酒店的宾客服务工作
dream-job-real-job-helpdesk-singapore = 新加坡一家航运公司的IT技术支持工作
dream-job-real-job-support-kuala-lumpur = 吉隆坡一家银行呼叫中心的客服工作

## 招聘广告

dream-job-start = 你是{ $you }。三个月前你拿到了学位。从那以后，你投了四十份IT和客服工作的简历，没有一家回复。今晚，你的大学同学发给你一个帖子：“快看！！我们一起报名吧！”
    .discuss = 当你真的急需工作时，什么样的招聘广告会让你觉得靠谱？

dream-job-ad = 急招！{ $city }客服／IT技术支持／行政人员。月薪${ $salary }。无需经验！免费机票、住宿、伙食和签证。只要英语好、打字快。名额不多。今天就在Telegram上给我们发消息！
    .discuss = 这则广告告诉了你什么？又漏掉了什么？
dream-job-ad-apply-now = 马上发消息。这就是你一直在等的机会
    .feedback = 这份工资远远高于刚毕业的人在国内能挣到的，而且这份工作不需要经验。“全部包办”听起来很大方，但以后可能会变成一笔债。这些诱饵对任何急需工作的人都管用，所以才会被拿来用。
dream-job-ad-read-again = 再慢慢读一遍。谁会给一个没有经验的人开这么高的工资，还全部包办？
    .feedback = 问得好。没有经验却拿好几倍于当地的工资，再加上免费机票、住宿和签证，这是最典型的诱饵。真正的雇主给的是合理的工资，而不是像做梦一样的工资。

dream-job-ad-closer = 你又读了一遍。没有公司名称，也没有地址。工作是“客服／IT技术支持／行政”，可以是任何工作。这个主页是上个月才建的。帖子下面，有两百个人留言说“感兴趣”“已报名”。
    .discuss = 这些细节里，哪些是你真的可以去核实的？
dream-job-ad-closer-apply-anyway = 很多正规工作都会在Facebook上发布。发消息吧
    .feedback = 有些正规工作确实会在网上分享。但一个新建的主页、背后没有任何公司的海外工作，正是人口贩子一次接触很多人的方式。持牌中介发布的工作，都能在可以核实的地方查到。
dream-job-ad-closer-ask-details = 在帖子下面留言：“公司叫什么名字？地址在哪里？具体是什么工作？”
    .feedback = 你问的是最基本的问题：雇主是谁、在哪里、做什么工作。一份说不清楚、连公司名字都没有的工作，让你没有任何东西可以核实。看看他们怎么回答。
dream-job-ad-closer-check-agency = 回复之前，先向本国的出国务工主管部门核实
    .feedback = 最好的第一步。每个国家都有这样的机构：菲律宾的移民工人部（DMW）、印度尼西亚的 KP2MI 部（前身为 BP2MI）、印度的 eMigrate、肯尼亚的国家就业局。真正的海外工作会经过它们或持牌中介，而不是一个 Facebook 页面。

## Telegram上的招聘人员

dream-job-recruiter-hello-hi = 亲，你好！谢谢你的关注 :) 我是人事部的{ $recruiter }。
dream-job-recruiter-hello-role = 这份工作是给国际客户做客服。很简单，我们会培训你。
dream-job-recruiter-hello-direct = 我们直接招聘，不经过中介。中介只会赚你的钱。我们全部在Telegram上办，对你来说更快。
dream-job-recruiter-hello-typing = 你英语好吗？打字有多快？
dream-job-recruiter-hello-say-yes = “好的！我英语很好，打字也快。什么时候可以开始？”
    .feedback = “给国际客户做客服”还是没有说清楚雇主是谁、真正做什么工作。而“不经过中介，全部在Telegram上办”，意思是没有持牌中介，也没有任何记录。听起来像是在帮你，其实拿走了你的保护。
dream-job-recruiter-hello-ask-company = “是哪家公司？办公室在哪里？能把职位说明发给我吗？”
    .feedback = 这些问题很合理。真正的雇主一条消息就能回答。没有公司名称、地址和书面的职位说明，你就没有任何东西可以核实。

dream-job-vague-answer-good-question = 问得好呀亲 :)
dream-job-vague-answer-new-branch = 我们是{ $company }，在{ $city }新开的分公司。网站很快就上线。
dream-job-vague-answer-after = 详细地址和工作内容，等你面试通过后我再发给你。这是公司规定，为了安全。
dream-job-vague-answer-busy = 今天报名的人很多。我们现在就面试，好吗？
dream-job-vague-answer-go-on = “好的，我们开始面试吧。”
    .feedback = 一个名字加上“网站很快上线”，仍然不是一家你能核实的公司。“面试后再给细节，为了安全”，把事情完全颠倒了：真正的雇主会先把细节告诉你，让你自己做决定。
dream-job-vague-answer-check-agency = “我要先向本国的出国务工主管部门核实一下你们公司。”
    .feedback = 一份只在聊天软件上办理、不经过持牌中介的海外工作，让你得不到任何法律保护。核实只需要一天。真正的雇主可以等。
dream-job-vague-answer-leave = 回复“不用了，谢谢”，然后不再回复
    .feedback = 对于一份你没法核实的工作，你可以说不。你不欠任何人一个解释。

## “面试”

dream-job-interview-here = 面试就在聊天里进行，好吗？又快又简单。
    .discuss = 这场“面试”考的是什么？又有什么是它从来不问的？打字测试里的那些话，什么样的工作会用得上？
dream-job-interview-why = 问题1：你为什么想去国外工作？
dream-job-interview-night = 问题2：你能上夜班、长时间工作吗？
dream-job-interview-test = 最后一项：打字测试。把下面这段话打出来，2分钟内发回给我。我们要求每分钟{ $wpm }字。“亲爱的，你好，今天过得怎么样？我一直在想你……”
    .discuss = 看看打字测试里的这段话。什么样的工作会需要这样的话？
dream-job-interview-do-test = 做测试。你打字很快，马上发了回去
    .feedback = 在聊天里问几个问题、再做个打字测试，这不是真正的雇主招人的方式。这只能证明你能快速打英文，而这正是诈骗园区需要的。你注意到他们让你打的那段话了吗？
dream-job-interview-ask-video = “我能和以后的主管视频面试吗？”
    .feedback = 真正的雇主想见到你，也会让你见到他们。在聊天里“面试”，雇主一直藏在背后，而且只测试你的打字速度，这正是诈骗园区要找的本事。视频通话有帮助，但可能被伪造，所以还要通过官方渠道核实雇主。

dream-job-video-excuse-busy = 亲，主管很忙的。
dream-job-video-excuse-policy = 聊天面试是我们公司的规定。我们所有员工都是这样招进来的。
dream-job-video-excuse-slot = 如果你不是真心想做，我就把名额给下一个人。很多人在等。
dream-job-video-excuse-give-in = “对不起！我是真心想做的。我现在就做测试。”
    .feedback = “很多人在等”，就是为了不让你多想。它之所以管用，是因为你真的需要这份工作，害怕失去它。催你快点决定，就是一个警告信号：真正的工作机会，可以等你核实。
dream-job-video-excuse-refuse-rush = “我不会被催着做决定。我要先核实这份工作。”
    .feedback = 你看出了这种压力。催你快点决定，把你提问当成没诚意，这是一个警告信号。真正的雇主可以等你一天。

dream-job-passed-congrats = 恭喜！！你通过了！
    .discuss = 为什么只给几个小时做决定？真正的雇主在向你要任何东西之前，会先发给你什么？
dream-job-passed-offer = 月薪${ $salary }。免费机票，包吃包住。下周就在{ $city }上班。
dream-job-passed-passport = 请今天把护照照片发给我，我好给你订机票。
dream-job-passed-deadline = 这个录用只在{ $hours }小时内有效。过了时间，名额就给下一个人。
dream-job-passed-send-passport = 把照片发过去。只是一张照片而已，订机票要用
    .feedback = 到现在还是没有合同，没有一个你能核实的雇主，而且只给你{ $hours }小时做决定。这个期限就是为了不让你再提问。真正的工作会在你发送任何东西之前，先给你一份写明工资的书面合同。
dream-job-passed-ask-contract = “请先把书面合同发给我，上面要写明工资和雇主的名称。”
    .feedback = 对。一份写明雇主、工作内容、地点和工资的书面合同，是最起码的要求。期限很短又没有合同，这是一个警告信号。

dream-job-contract-dodge-arrive = 合同等你到了，在办公室里签。这很正常。
dream-job-contract-dodge-same = 一切都跟我说的一样。你相信我的，对吧？
dream-job-contract-dodge-questions = 其他报名的人可没问这么多问题。
dream-job-contract-dodge-trust = “好吧，我相信你。”把护照照片发过去
    .feedback = “到了再签”，意思是在离家很远、你已经没法拒绝的地方签。让提问显得很失礼，是阻止你提问的一种办法。这对有礼貌的人很管用，而我们大多数人都很有礼貌。
dream-job-contract-dodge-check-agency = “那我要先向本国的出国务工主管部门问问这份工作。”
    .feedback = 一份只在聊天软件上办理、没有合同、也没有持牌中介的海外工作，是在保护工人的制度之外的。主管部门很快就能告诉你这份工作是不是真的。

## 准备出发

dream-job-visa-ticket = 好消息！你去{ $city }的航班定在星期五。
dream-job-visa-tourist = 你用旅游签证过去。工作签证要办好几个月，以后在办公室再换。
dream-job-visa-later = 大家都是这样的。公司全部包办，你人来就行 :)
dream-job-visa-ok-visa = “好的。那边的规定你比我清楚。”
    .feedback = 持旅游签证不能工作。“以后再换”，可能会让你在外国既没有工作的权利，也没有法律保护。招聘人员说得很平静，所以听起来很正常。
dream-job-visa-check-first = “工作要有工作签证。我上飞机之前要先向主管部门核实。”
    .feedback = 对。真正的海外工作，出发前就要办好工作签证。让你用旅游签证去工作，是一个警告信号。

dream-job-coaching-important = 最后一件事，非常重要。
dream-job-coaching-holiday = 过边检的时候，就说你是去度假，5天。别说工作。别说公司名字。
dream-job-coaching-strangers = 你那趟航班上还有其他新员工。在机场别跟他们说话。你不认识他们，好吗？
dream-job-coaching-delete = 还有，去机场之前把这段聊天删掉。公司规定。
dream-job-coaching-practise = 练习一下你的度假说法。只是一个小谎，为了省时间
    .feedback = 有人教你对边检怎么说，还让你删掉聊天记录，这是一个严重的警告信号。这个谎就是为了不让边检人员看出你需要帮助。
dream-job-coaching-stop = 停下来。真正的工作绝不会让你对边检人员说谎
    .feedback = 没错。招聘人员让你在机场说谎、删掉聊天记录，是因为说出真相，这趟行程就走不成了。把聊天记录留着：它是证据。

dream-job-airport = 在出境柜台，边检人员看了看你的护照和机票。“你这次出行的目的是什么？机票是谁付的？这趟航班上你还认识别人吗？”
    .discuss = 排在这队里的人，为什么即使很害怕，也可能对边检人员说谎？
dream-job-airport-holiday-story = “去度假，五天。机票是我自己付的。我一个人出行。”
    .feedback = 说谎是招聘人员的安排，不是你的主意。它之所以管用，是因为你很紧张，而且有人告诉你说真话就会丢掉这份工作。边检人员问这些问题，就是为了找出正在被拐卖的人。
dream-job-airport-tell-truth = 说实话：去{ $city }工作，用的是旅游签证，机票是公司付的，还有那段教你怎么说的聊天记录
    .feedback = 很勇敢，也做得对。现在边检人员能看到招聘人员想藏起来的东西了。说实话不是犯罪：边检人员就是来保护处于危险中的人的。

## 主管部门，和一份真正的工作

dream-job-agency = 你打电话给本国出国务工主管部门的热线，把广告和对方跟你说的所有话都读了一遍。工作人员查了一下：没有任何持牌中介有这份工作，也没有任何雇主这样招过工人。“很多人就是这样进了诈骗园区，”她说，“你打电话来是对的。”
    .discuss = 在这样的国家，哪个部门负责核实海外工作？怎样才能找到它的电话或网站？
dream-job-agency-warn-classmate = 把主管部门说的话告诉你的同学，因为同学也报了名
    .feedback = 你的同学相信那个帖子，理由和你一样。朋友之间心平气和地讲事实，比如转述主管部门说的话，比恐吓或责怪更管用。
dream-job-agency-real-jobs = 问工作人员去哪里找正规的海外IT或客服工作
    .feedback = 很好：目的不是放弃出国工作，而是找到那些你可以核实的工作。
dream-job-agency-block = 拉黑这个账号，并向Facebook举报这个主页
dream-job-agency-block-report = 拉黑这个账号，举报这个主页，并告诉工作人员你已经发过一张护照照片
    .feedback = 告诉他们是对的。护照复印件可能被人冒用，主管部门可以告诉你要注意什么。招聘人员是在催你的时候要的照片：这一切都不是你的错。

dream-job-genuine-listing = 持牌中介，执照号码在政府名单上。职位：{ $real-job }。雇主有名有姓，有地址，有网站。两年期书面合同。
dream-job-genuine-checks = 和雇主的主管视频面试。出发前办好工作签证。只收法律允许的费用，并开正式收据。
dream-job-genuine-pay = 工资：每月${ $real-pay }，包住宿，有医疗保险。参加完出国前培训后上岗。
dream-job-genuine-apply = 通过这家中介申请。这份工作查得到
    .feedback = 工资比Facebook上那则广告低，但它是真的。这份工作有另一份缺少的一切：有名有姓的雇主、可以核实的持牌中介、书面合同、真正的面试和工作签证。
dream-job-genuine-verify = 申请之前，自己去政府网站上查一查执照号码
    .feedback = 好习惯：在你自己找到的官方网站上查，而不是点别人发来的链接。这里一切都对得上。核实不是不信任，而是找到值得信任的工作的方法。
dream-job-genuine-refuse = 拒绝。经历了这一切，每一份海外工作都像是陷阱
    .feedback = 有这种感觉很正常，留在国内也永远是你的权利。但这份工作有那个骗局缺少的一切：持牌中介、有名有姓的雇主、合同和工作签证。目的不是害怕每一份工作，而是每一份都要核实。

## 结局

dream-job-end-walk-away = 你拒绝了，暂时留在了国内。你还在继续找工作，而且你知道怎么核实一份海外工作：持牌中介、有名有姓的雇主、书面合同、工作签证。一个星期后，同样的广告又出现了，只是换了一个主页名字。
dream-job-end-stopped = 边检人员把你带到一边，平静、仔细地问了你一些问题。她看出了这些迹象：用旅游签证去工作、机票是陌生人付的、有人教你怎么说。你没有登机。那感觉就像失去了一个梦想。其实，她阻止了一场拐卖你的计划，还帮你举报了那个招聘人员。
dream-job-end-trafficked = 在{ $city }，一个举着写有你名字的牌子的司机，以“办工作许可”为由拿走了你的护照。他开了好几个小时的车，远离城市，把你带到一栋有高墙和保安的楼里。这份工作是在网上诈骗陌生人。从第一个帖子开始，这就是犯罪分子的计划。在大使馆、求助热线和家人的帮助下，确实有人能逃出来。
dream-job-end-helped = 你的同学本来约好第二天早上面试，后来取消了。你们一起举报了那个主页和那个Telegram账号，还在大学的群里发了提醒。又有三个人回复：他们也报了名，现在他们会先去核实。
dream-job-end-genuine = 你通过持牌中介申请了{ $real-job }。面试是和一位真正的主管视频通话，合同是书面的，工作签证在上飞机之前就办好了。工资是每月${ $real-pay }：不是梦，但是真的。你的家人清楚地知道你会在哪里。
