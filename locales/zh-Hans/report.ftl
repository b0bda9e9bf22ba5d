# Machine-drafted translation: needs review by a native speaker.
## 全场报告页面：`redflag report --format html`，以及控制台的 `r` 键。

report-page-title = 全场学到了什么
report-workshop = 工作坊 { $workshop }
report-privacy = 本页没有姓名，也没有参与者编号：只统计全场做了什么。
report-privacy-codes = 本页列出了参与者编号。只与可以知道编号属于谁的人分享。
report-glance-title = 全场概览
report-sessions = 场游戏
report-finished = 已完成
report-scenarios-played = 个情景被玩过
report-empty = 这些记录里还没有任何游戏。
report-endings-title = 故事的结局
report-not-finished = 未完成
report-endings-reading = 最常见的结局：{ $outcome }，在 { $total } 场已完成的游戏中占 { $count } 场。
report-endings-none = 还没有游戏走到结局。
report-flags-title = 危险信号：每个信号被识破的比例
report-flags-intro = 在出现某个危险信号的游戏中，识破它的比例。比例最低的排在最前：这些最值得讨论。
report-flags-bar = { $met } 次中识破 { $spotted } 次（{ $percent }%）
report-percent = { $percent }%
report-flags-reading = 最常被忽略的：{ $flag }，在出现它的 { $met } 场游戏中只有 { $spotted } 场识破。
report-flags-none = 还没有出现任何危险信号。
report-quiz-title = 小测验：分辨真实机会与骗局，游戏前后对比
report-quiz-intro = d′ 表示玩家分辨真实机会与骗局的能力：0 相当于随机猜测，越高越好。判断标准（criterion）表示他们有多容易把任何东西都当成骗局：低于 0 是什么都怀疑；高于 0 是容易相信。学到东西体现在 d′ 提高，而不是判断标准降低。每个点上的线是 95% 区间：全场真实数值最可能所在的范围。
report-quiz-none = 这些记录里没有人做过小测验。
report-quiz-dprime = 分辨真假（d′）
report-quiz-criterion = 倾向（判断标准）
report-quiz-before = 游戏前
report-quiz-after = 游戏后
report-quiz-change = 每人的变化
report-quiz-reference = { $measure ->
    [criterion] 无倾向
   *[other] 随机水平
}
report-quiz-reading-dprime = { $direction ->
    [up] 游戏后，全场分辨骗局与真实机会的能力更强了（游戏前 { $before }，游戏后 { $after }），超出了偶然能解释的范围。
    [down] 游戏后，全场分辨骗局与真实机会的能力变弱了（游戏前 { $before }，游戏后 { $after }）：值得问问原因。
    [unclear] 游戏前 { $before }，游戏后 { $after }：变化在偶然范围之内，暂时看不出明显差别。
   *[none] 游戏前 { $before }，游戏后 { $after }。没有人前后都做过测验，所以无法看出变化。
}
report-quiz-reading-criterion = { $direction ->
    [up] 游戏后，全场更容易相信了（游戏前 { $before }，游戏后 { $after }）。
    [down] 游戏后，全场更快把东西当成骗局（游戏前 { $before }，游戏后 { $after }）。只有 d′ 也提高时，这才是好事。
    [unclear] 游戏前 { $before }，游戏后 { $after }：两次的倾向差不多。
   *[none] 游戏前 { $before }，游戏后 { $after }。没有人前后都做过测验，所以无法看出变化。
}
report-debrief-flags = 值得仔细讨论：最少被识破的危险信号
report-codes-title = 参与者编号
report-col-scenario = 情景
report-col-sessions = 游戏次数
report-col-finished = 已完成
report-col-minutes = 分钟（平均）
report-col-redflag = 危险信号
report-col-came-up = 出现
report-col-spotted = 识破
report-col-share = 比例
report-col-measure = 测验
report-col-mean = 平均值
report-col-interval = 95% 区间
report-col-n = 人数
report-col-code = 编号
report-data = 具体数字
report-number = { $value }
report-footer = 由 redflag 根据 { $count } 条游戏记录生成。只显示玩了什么，从不显示是谁玩的。
report-chart-part = { $title }（第 { $from }–{ $to } 项，共 { $total } 项）

## The quiz's AUC and the forms taken first.
# Machine-drafted translation: needs review by a native speaker.
report-quiz-auc-intro = AUC 使用六级量表上的每一个回答：它是玩家把骗局评为比真实机会更像骗局的概率。0.5 相当于瞎猜，1 表示每一对都分得清。
report-quiz-auc = 分辨真假，全部评分（AUC）
report-quiz-reading-auc = { $direction ->
    [up] 游戏后，全场把骗局与真实机会区分得更好了（游戏前 { $before }，游戏后 { $after }），超出了偶然能解释的范围。
    [down] 游戏后，全场把骗局与真实机会区分得更差了（游戏前 { $before }，游戏后 { $after }）：值得问问原因。
    [unclear] 游戏前 { $before }，游戏后 { $after }：变化在偶然范围之内，暂时看不出明显差别。
   *[none] 游戏前 { $before }，游戏后 { $after }。没有人前后都做过测验，所以无法看出变化。
}
report-forms-title = 每位玩家先做了小测验的哪一半
report-forms-label = 先做 { $form } 卷
report-forms-bar = { $total } 人中 { $count } 人（{ $percent }%）
report-forms-reading = { $balance ->
    [even] { $a } 人先做 A 卷，{ $b } 人先做 B 卷：分得足够均匀，两半难度的差别不会被当成学习效果。
   *[uneven] { $a } 人先做 A 卷，{ $b } 人先做 B 卷：解读游戏前后的变化时要谨慎。
}
report-forms-uneven = 两卷的人数是 { $a } 比 { $b }，比 40 比 60 还不均匀：游戏前后的变化混入了小测验两半之间的难度差别。请按顺序发放参与者代码（P01、P02、…），或让全场自行分卷。
report-forms-few = { $count ->
   *[other] 只有 { $count } 位玩家先做 { $form } 卷，少于 { $min } 位：这一半的难度几乎没有被平均掉。
}
report-col-form = 试卷
report-col-players = 玩家
report-live-refused = 此页面仅供主持人使用。请在运行房间的电脑上打开，或在地址后加上 ?facilitator= 和房间控制台上显示的主持人代码。
