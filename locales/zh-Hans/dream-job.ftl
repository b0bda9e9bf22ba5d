# Machine-drafted translation: needs review by a native speaker.
dream-job-title = 梦想中的工作
dream-job-summary = 你刚毕业，急需一份工作。这时，一份好像专门为你准备的海外工作出现了。
dream-job-content-note = 这个故事涉及人口贩卖，但不会出现暴力场面。你可以随时按 q 暂停或退出。

## Characters

dream-job-character-advert = { $agency } · 赞助内容
dream-job-character-site = { $agency } 网站
dream-job-character-recruiter = { $recruiter }，{ $company }人事部
dream-job-character-manager = 视频面试，{ $company }
dream-job-character-agent = { $agency } 办理组
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

dream-job-agency-brightpath = BrightPath Overseas Manpower
dream-job-agency-pacific-crest = Pacific Crest Placement Services
dream-job-agency-northbridge = Northbridge International Recruitment

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

dream-job-ad = 政府持牌机构，每条帖子都有执照号码。现为我们的客户——{ $city }一家领先的BPO公司——招聘：客服 / IT支持 / 行政。月薪 ${ $salary }。无需经验。免费机票、住宿、三餐和签证。只需英语好、打字快。请在我们的网站申请。名额有限！
    .discuss = 这则广告告诉了你什么，又漏掉了什么？
dream-job-ad-apply-now = 今晚就打开他们的网站申请，趁名额还没满
    .feedback = 这份薪水远高于应届毕业生在本国的收入，而工作却不需要经验。"全部包办"听起来很慷慨，但以后可能变成债务。帖子上的执照号码让人觉得安全。这些诱饵对任何需要工作的人都有效，所以才被使用。
dream-job-ad-read-again = 先查一查{ $city }的客服人员一般挣多少
    .feedback = 一个简单又有用的比较。不需要经验的工作，薪水却是当地水平的好几倍，再加上免费机票、住宿和签证，这就是典型的诱饵。真正的雇主付的是公道的工资，而不是梦一样的数字。
dream-job-ad-check-agency = 回复之前，先向本国的出国务工主管部门核实
    .feedback = 最好的第一步。每个国家都有这样的机构：菲律宾的移民工人部（DMW）、印度尼西亚的 KP2MI 部（前身为 BP2MI）、印度的 eMigrate、肯尼亚的国家就业局。真正的海外工作会经过它们或持牌中介，而不是一个 Facebook 页面。

dream-job-ad-closer = 你查了一下。{ $city }的呼叫中心给本地员工的月薪大约 ${ $local-pay }，外籍员工也多不了多少。帖子没有写雇主的名字，只有"一家领先的BPO公司"。下面有两百人留言"感兴趣"和"已申请"。
    .discuss = 这些细节中，哪些是你真正能核实的？
dream-job-ad-closer-apply-anyway = 也许英语好的人工资就是高。先申请，以后再问。
    .feedback = 也许吧。但一份海外工作，工资是正常水平的好几倍，雇主却没人肯说出名字，这正是在发送任何材料之前需要核实的那种机会。一份含糊、没有公司名字的工作，让你无从核实。
dream-job-ad-closer-ask-details = 在帖子下面留言：“公司叫什么名字？地址在哪里？具体是什么工作？”
    .feedback = 你问的是最基本的问题：雇主是谁、在哪里、做什么工作。一份说不清楚、连公司名字都没有的工作，让你没有任何东西可以核实。看看他们怎么回答。
dream-job-ad-closer-check-agency = 回复之前，先向本国的出国务工主管部门核实
    .feedback = 最好的第一步。每个国家都有这样的机构：菲律宾的移民工人部（DMW）、印度尼西亚的 KP2MI 部（前身为 BP2MI）、印度的 eMigrate、肯尼亚的国家就业局。真正的海外工作会经过它们或持牌中介，而不是一个 Facebook 页面。

dream-job-licence-check = 在本国政府海外劳工主管机构的官方网站上，你找到了持牌中介名单。{ $agency }在名单上：执照有效，地址和座机与帖子上的一致，没有被暂停。所以这家中介是真的。名单上没有任何关于{ $city }那份工作或其背后雇主的信息，但列出了这家中介登记过的其他职位。
    .discuss = 有效的执照能证明什么，又不能证明什么？
dream-job-licence-check-apply = 好，中介是真的。通过它的网站申请。
    .feedback = 查执照是对的，而且很有分量。但执照属于中介，不属于它发布的每一个职位。雇主和工作本身仍需要各自的答案。
dream-job-licence-check-ask-details = 写信问中介：{ $city }的雇主是哪家公司？具体做什么工作？
    .feedback = 对：中介查过了，现在查工作。雇主名称、地址和书面职位说明，是你接下来需要的。
dream-job-licence-check-other-jobs = 看看这家中介在名单上登记的其他职位
    .feedback = 好习惯：官方名单显示的是经过审核的职位。把它们和那条Facebook帖子比一比，能看出很多。

## The agency's website, and the employer's HR

dream-job-site = "你的海外职业从这里开始。"顶部是执照号码。机场里微笑员工的照片，一位经理在玻璃办公室里的视频，五星好评。{ $city }的职位链接到雇主{ $company }："注册公司"，现代化办公室，各种奖项。表格要求你的简历、护照照片和毕业证书。"入围者将在48小时内获得视频面试。"
    .discuss = 这个页面上，哪些东西你可以自己核实？怎么核实？
dream-job-site-upload = 填好表格，把所有材料都上传。看起来太专业了。
    .feedback = 一个漂亮的网站、好评、注册号和视频，一个下午就能做出来或抄出来。看起来专业不是证据，无论对中介还是对雇主。护照复印件值得保护：先查清是谁在要，再发送。
dream-job-site-ask-details = 发送任何材料前先问：具体做什么工作？{ $company }的办公室在哪里？
    .feedback = 合理的问题。真正的雇主一条消息就能回答。没有地址和书面职位说明，你就无从核实。
dream-job-site-check-licence = 在政府自己的名单上查执照号码，而不是在他们的网站上
    .feedback = 对。通过你自己找到的官方名单核实，而不是网站给的链接或号码。骗子会冒充真正的中介，所以细心的人也会上当。
dream-job-site-company-site = 中介没问题，{ $company }也有真实的网站。申请。
    .feedback = 中介的执照是真的，这很重要。但{ $company }的网站和别的网站一样容易做，注册号也说明不了里面发生什么。雇主需要单独核实：那个国家的商业登记、它的大使馆、你们海外劳工机构里的用工订单。

dream-job-vague-answer-good-question = 问得好呀亲 :)
dream-job-vague-answer-new-branch = 我是{ $company }的{ $recruiter }，直接代表雇主。我们是{ $city }的新分公司，{ $agency }的大客户。
dream-job-vague-answer-after = 详细地址和工作内容，等你面试通过后我再发给你。这是公司规定，为了安全。
dream-job-vague-answer-busy = 今天申请的人很多。在Telegram上聊更方便，中介太慢了。明天和我的经理视频面试，好吗？
dream-job-vague-answer-go-on = "好的，那就面试吧。"
    .feedback = 一个公司名字，还不是一家你能核实的公司。"面试后再给细节，为了安全"是本末倒置：真正的雇主会先给你细节，让你做决定。
dream-job-vague-answer-check-agency = “我要先向本国的出国务工主管部门核实一下你们公司。”
    .feedback = 一份只在聊天软件上办理、不经过持牌中介的海外工作，让你得不到任何法律保护。核实只需要一天。真正的雇主可以等。
dream-job-vague-answer-leave = 回复“不用了，谢谢”，然后不再回复
    .feedback = 对于一份你没法核实的工作，你可以说不。你不欠任何人一个解释。

## The video interview

dream-job-interview-here = （视频通话。一位戴耳机的年轻经理，身后墙上是{ $company }的标志。）你好！谢谢参加，不会太久。
    .discuss = 这场面试考察了什么？又从来不问什么？
dream-job-interview-why = 说说看，你为什么想去国外工作？很好。那夜班、长时间工作，可以吗？
dream-job-interview-night = 你的英语不错。现在在聊天框里给我打字。我们的最低要求是每分钟{ $wpm }个词。
dream-job-interview-test = 最后一部分，角色扮演。我是一个海外的孤独客户。让我一直跟你聊，让我喜欢上你，越久越好。开始。
    .discuss = 看看这个角色扮演。什么样的工作需要这种技能？
dream-job-interview-do-test = 做角色扮演。你擅长这个，而且你想要这份工作。
    .feedback = 真实的视频通话，考的却仍然只是用英语聊天和打字，外加一个让孤独的陌生人一直聊下去的角色扮演。这正是诈骗园区需要的技能。没有人问你的学历，也没有人说清楚工作是什么。
dream-job-interview-ask-video = "角色扮演之前：客户是谁？我每天具体做什么？"
    .feedback = 合理的问题。这场面试只考了你的打字和你对"孤独客户"的亲和力，对工作本身什么也没说清楚。视频通话有帮助，但可以布置：重要的是它问了什么，以及从来不问什么。
dream-job-interview-see-office = 请他把镜头转过去，让你看看办公室和团队
    .feedback = 他照做了：办公桌、屏幕、正在工作的人。让人安心，这正是目的。办公室可以租、可以布置，也可以播放录像。面试考了什么、从来不问什么，比镜头后面的房间更能说明问题。

dream-job-video-excuse-busy = 客户维护，服务VIP客户。有全面培训，别担心。
dream-job-video-excuse-policy = 所有细节都在合同里，在办公室签。我们所有员工都是这样招的。
dream-job-video-excuse-slot = 如果你不是真心想做，我就把名额给下一个人。很多人在等。
dream-job-video-excuse-give-in = “对不起！我是真心想做的。我现在就做测试。”
    .feedback = “很多人在等”，就是为了不让你多想。它之所以管用，是因为你真的需要这份工作，害怕失去它。催你快点决定，就是一个警告信号：真正的工作机会，可以等你核实。
dream-job-video-excuse-refuse-rush = “我不会被催着做决定。我要先核实这份工作。”
    .feedback = 你看出了这种压力。催你快点决定，把你提问当成没诚意，这是一个警告信号。真正的雇主可以等你一天。
dream-job-video-excuse-leave = 谢谢他抽时间，然后结束通话
    .feedback = 任何不肯回答简单问题的通话，你都可以结束。你失去了这次机会，在急需工作时这会让人难受。但其他的一切你都还留着。

## The offer: skip the agency

dream-job-passed-congrats = 恭喜！！你通过了！
    .discuss = 为什么只给几个小时做决定？真正的雇主在向你要任何东西之前，会先发给你什么？
dream-job-passed-offer = 月薪${ $salary }。免费机票，包吃包住。下周就在{ $city }上班。
dream-job-passed-direct = 好消息：你不用等中介了。中介要三个月，还要收费。下周我们让你用旅游签证飞过来，工作许可在这边办。今天把护照照片发给我就行。
dream-job-passed-deadline = 这个录用只在{ $hours }小时内有效。过了时间，名额就给下一个人。
dream-job-passed-send-passport = 发护照照片。不收费，不用等，下周就开始工作。
    .feedback = 绕过中介听起来像是帮忙：不收费，不用等。但这让工作脱离了保护你的持牌体系，而且旅游签证不允许你工作。只有{ $hours }小时、没有合同，这种催促就是为了堵住你的问题。
dream-job-passed-through-agency = 说你只通过{ $agency }去，要有合同和工作签证，哪怕要等三个月
    .feedback = 对：持牌中介和工作签证是对你的保护，而雇主想让你两样都绕开。这会花时间，也要交合法费用。真正的雇主等得起。
dream-job-passed-ask-contract = “请先把书面合同发给我，上面要写明工资和雇主的名称。”
    .feedback = 对。一份写明雇主、工作内容、地点和工资的书面合同，是最起码的要求。期限很短又没有合同，这是一个警告信号。

dream-job-contract-dodge-arrive = 合同等你到了，在办公室里签。这很正常。
dream-job-contract-dodge-same = 一切都跟我说的一样。你相信我的，对吧？
dream-job-contract-dodge-questions = 其他报名的人可没问这么多问题。
dream-job-contract-dodge-trust = “好吧，我相信你。”把护照照片发过去
    .feedback = “到了再签”，意思是在离家很远、你已经没法拒绝的地方签。让提问显得很失礼，是阻止你提问的一种办法。这对有礼貌的人很管用，而我们大多数人都很有礼貌。
dream-job-contract-dodge-check-agency = “那我要先向本国的出国务工主管部门问问这份工作。”
    .feedback = 一份只在聊天软件上办理、没有合同、也没有持牌中介的海外工作，是在保护工人的制度之外的。主管部门很快就能告诉你这份工作是不是真的。
dream-job-contract-dodge-through-agency = 告诉{ $recruiter }，你只通过{ $agency }去，出发前要有合同和工作签证
    .feedback = 很好：保护你的是中介和工作签证，而不是到了再签的合同。这意味着要等待，并支付中介的合法费用。

## Everything through the licensed agency

dream-job-agency-process-slower = 尊敬的申请人：{ $company }已通过我司确认您的录用。办理需要十周。
dream-job-agency-process-papers = 附件：您的劳动合同，雇主为{ $city }的{ $company }，月薪 ${ $salary }，双方已签字。您的工作许可已获批。我司的中介费在法定上限之内；正式收据见附件。
dream-job-agency-process-hotline = （为了放心，你打了全国热线。工作人员核实：中介持牌，{ $company }的用工订单已登记。"一切正常，"她说。）
    .discuss = 每一项核查都通过了。还剩下什么是你可以掂量的？
dream-job-agency-process-go = 签字出发。能做的核查你都做了。
    .feedback = 确实：持牌中介、合同、工作许可、已登记的用工订单。谨慎就是这个样子。唯一文件解释不了的，是那份远高于当地水平的工资。
dream-job-agency-process-compare = 问问{ $agency }有没有类似的工作，但工资是正常水平
    .feedback = 一切都核实过了，可不需要经验的工作，工资仍是当地水平的好几倍。掂量这一点不是多疑：这是文件唯一回答不了的问题。
dream-job-agency-process-stay = 先留在家里。总有哪里让你放心不下。
    .feedback = 听从这种感觉是你的权利，哪怕每项核查都通过了。这可能让你错过一份名副其实的工作。无论哪种选择都没什么可羞愧的。

## The national agency, and the genuine job

dream-job-agency = 你打了本国政府海外劳工主管机构的热线，把别人对你说的一切都念了一遍。工作人员核查后说："{ $agency }是持牌的。但正规工作由中介办理，而不是由一个把你拉到Telegram、不停催你的'雇主'来办，而且出发前一定有工作签证。人们就是这样进了诈骗园区。你打电话是对的。"
    .discuss = 在这样的国家，哪个部门负责核查海外工作？怎样找到它的电话或网站？
dream-job-agency-warn-classmate = 把主管部门说的话告诉你的同学，因为同学也报了名
    .feedback = 你的同学相信那个帖子，理由和你一样。朋友之间心平气和地讲事实，比如转述主管部门说的话，比恐吓或责怪更管用。
dream-job-agency-real-jobs = 问工作人员去哪里找正规的海外IT或客服工作
    .feedback = 很好：目的不是放弃出国工作，而是找到那些你可以核实的工作。
dream-job-agency-block = 拉黑{ $recruiter }，并向工作人员和Telegram举报这个账号
    .feedback = 很好。举报能帮助主管机构提醒其他人，并对冒用中介名义的人采取行动。你不欠{ $recruiter }任何解释。

dream-job-genuine-listing = 持牌中介，执照号码在政府名单上。职位：{ $real-job }。雇主有名有姓，有地址，有网站。两年期书面合同。
dream-job-genuine-checks = 和雇主的主管视频面试。出发前办好工作签证。只收法律允许的费用，并开正式收据。
dream-job-genuine-pay = 工资：月薪 ${ $real-pay }，含住宿和医疗保险。办理需要三个月，上岗前有出国前培训。
dream-job-genuine-apply = 通过这家中介申请。这份工作查得到
    .feedback = 工资比Facebook上那则广告低，但它是真的。这份工作有另一份缺少的一切：有名有姓的雇主、可以核实的持牌中介、书面合同、真正的面试和工作签证。
dream-job-genuine-verify = 申请之前，自己去政府网站上查一查执照号码
    .feedback = 好习惯：在你自己找到的官方网站上查，而不是点别人发来的链接。这里一切都对得上。核实不是不信任，而是找到值得信任的工作的方法。
dream-job-genuine-refuse = 拒绝。经历了这一切，每一份海外工作都像是陷阱
    .feedback = 有这种感觉很正常，留在国内也永远是你的权利。但这份工作有那个骗局缺少的一切：持牌中介、有名有姓的雇主、合同和工作签证。目的不是害怕每一份工作，而是每一份都要核实。

## 结局

dream-job-end-walk-away = 你拒绝了，暂时留在家里。你继续找工作，也知道怎样核实一份海外工作：持牌中介、有名有姓的雇主、书面合同、工作签证，以及与工作相称的工资。一周后，同一条{ $city }的招聘帖又出现了，换了新照片。
dream-job-end-trafficked = 在{ $city }，一个举着写有你名字的牌子的司机，以“办工作许可”为由拿走了你的护照。他开了好几个小时的车，远离城市，把你带到一栋有高墙和保安的楼里。这份工作是在网上诈骗陌生人。从第一个帖子开始，这就是犯罪分子的计划。在大使馆、求助热线和家人的帮助下，确实有人能逃出来。
dream-job-end-helped = 你的同学本来约好第二天早上面试，后来取消了。你们一起举报了那个主页和那个Telegram账号，还在大学的群里发了提醒。又有三个人回复：他们也报了名，现在他们会先去核实。
dream-job-end-genuine = 你通过持牌中介申请了{ $real-job }。花了三个月，交了合法费用。面试是和一位真实经理的视频通话，他问了你的技能；合同是书面的，工作签证在出发前就办好了。月薪 ${ $real-pay }：不是梦，但是真的。你的家人清楚地知道你会在哪里。
dream-job-end-front = 你带着合同、工作许可和中介的收据出发了。在{ $city }，{ $company }确实存在：一栋大楼里、大门后面的一家注册公司。进去后，你的护照和手机被"登记"收走，工作是在网上诈骗陌生人。一个人能做的核查，你都做了。注册公司被用作幌子，正是因为这样：它们连中介和官员也骗过了。这不是你的错。人们确实能出来，靠大使馆、热线和家人的帮助；你的举报也能帮助主管机构对这个雇主采取行动。
