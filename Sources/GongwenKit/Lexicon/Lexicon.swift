/// Every word list the rules use, parsed once from the tables in `Tables/`. Each table
/// is plain text: one entry per line, `#` starts a comment; extra columns are attributes.
/// A class: the extractors take it at every call, and a struct of this many tables would
/// be copied (every table retained) each time.
public final class Lexicon: Sendable {
    public static let shared = Lexicon()

    // Structure
    public let labels: Set<String>
    /// First characters of the labels and of `会议` (which opens every label read by its verb).
    public let labelFirsts: ScalarSet
    public let labelVerbs: [String]
    /// The same verbs as a word set, for look-ups in code points (a speaker's 强调, 指出 …).
    public let labelVerbSet: WordSet
    /// Words of headings that announce plans (see `Tables.planHeadings`).
    public let planHeadings: WordSet
    /// Words of headings that look back (see `Tables.lookBackHeadings`).
    public let lookBackHeadings: WordSet
    /// Labels whose items are directives, with the modality they give them.
    public let labelModalities: [String: Modality]
    public let salutations: [String]
    public let fieldKeys: Set<String>
    /// What the document head takes from a field (the second column of `Tables.fieldKeys`).
    /// The last character of each field name: a colon after another ends no field name.
    public let fieldKeyLasts: ScalarSet
    public let fieldRoles: [String: FieldRole]
    public let kindWords: [(word: String, kind: DocumentKind)]
    let kindWordScalars: [(word: Scalars, kind: DocumentKind)]
    /// The kind words, for finding where the last one ends.
    let kindWordSet: WordSet
    public let titleEndWords: [String]
    public let listIntroWords: [String]

    // Directives
    public let cues: [Scalars: Modality]
    public let cueSet: WordSet
    /// The modality of each word of `cueSet`, by its number there (no hashing per cue found).
    let cueModalities: [Modality]
    /// Whether each word of `cueSet`, by its number there, needs a deciding subject.
    let cueBound: [Bool]
    /// Bound cues that only a meeting word or a sentence's start lets decide (`要求`).
    let cueMeeting: [Bool]
    /// Cues that ask the party named after them, as 请 does (`asks` in the table).
    let cueAsks: [Bool]
    /// What lets a bound cue decide (see `Tables.decidingSubjects`, `Tables.meetingSubjects`).
    public let decidingSubjects: WordSet
    public let meetingSubjects: WordSet
    /// What makes a deciding body a source (see `Tables.sourcePrepositions`).
    public let sourcePrepositions: WordSet
    /// How a party does a task handed to it (see `Tables.meansBeforeVerb`).
    public let meansBeforeVerb: WordSet
    /// What opens a sentence's topic (see `Tables.topicOpeners`).
    public let topicOpeners: WordSet
    /// What opens a clause that sets an instruction's case (see `Tables.conditionOpeners`).
    public let conditionOpeners: WordSet
    /// A mindset held (see `Tables.mindsetVerbs`, `Tables.mindsetNouns`).
    public let mindsetVerbs: WordSet
    public let mindsetNouns: WordSet
    /// Amounts that make `有…要做` existential (see `Tables.amountsOfWork`).
    public let amountsOfWork: WordSet
    /// Pledges reported (see `Tables.pledgeWords`).
    public let pledgeWords: WordSet
    public let cueExceptions: WordSet
    /// Cues that describe when used as an attribute (see `Tables.modalCues`).
    public let modalCues: WordSet
    /// How a host hands over the floor (see `Tables.agendaSpeech`).
    public let agendaSpeech: WordSet
    /// Bodies whose 要 states their own plans (see `Tables.superiorBodies`).
    public let superiorBodies: WordSet
    public let imperativeStarts: WordSet
    /// Words that open like a command but name a thing (`Tables.nounStarts`).
    public let nounStarts: WordSet
    /// Words of a shortcoming found (`不到位`, `偏少`): see `Tables.shortcomings`.
    public let shortcomings: WordSet
    /// Verbs that retell what was said (`指出`, `强调`): see `Tables.retellingVerbs`.
    public let retellingVerbs: WordSet

    // Parties
    public let roleTitles: WordSet
    public let orgSuffixes: WordSet
    /// Words that end like an organization but name none (see `Tables.notOrgWords`).
    public let notOrgWords: WordSet
    public let surnames: ScalarSet
    public let doubleSurnames: WordSet
    public let collectives: WordSet
    /// Kinds of body alone (`乡镇`, `学校`): a party that is one of them is none (`Tables.bareBodies`).
    public let bareBodies: WordSet
    /// What follows 你 when a reply names its addressee (`你局`, `你单位`): `Tables.addresseeBodies`.
    public let addresseeBodies: WordSet
    /// Bodies named by their function alone (`领导小组`): a party when whole (`Tables.standingBodies`).
    public let standingBodies: WordSet
    public let partyStops: ScalarSet
    /// The people of an organization named after it (see `Tables.memberTails`).
    public let memberTails: WordSet
    /// Words of time before a party (see `Tables.timeOpeners`).
    public let timeOpeners: WordSet
    public let dutyCues: [Scalars: Duty]
    public let dutyCueSet: WordSet
    /// Verbs that make `由X…` a task for X (see `Tables.byVerbs`).
    public let byVerbs: WordSet
    /// The duty of each word of `dutyCueSet`, by its number there.
    let dutyKinds: [Duty]
    /// Whether each word of `dutyCueSet` is a modal (`modalCues`), by its number there.
    let dutyIsModal: [Bool]
    /// What follows a duty cue where together they start a cue that asks (求 after 要, of
    /// 要求): one look at the next code point before the cue set is searched.
    let askingContinuations: ScalarSet
    /// Which extractors a sentence can feed (see `SentenceTraits`).
    let traits: SentenceTraits.Table

    public init() {
        labels = Set(WordSet.entries(Tables.labels).map { $0[0] })
        labelFirsts = ScalarSet(labels.compactMap { $0.unicodeScalars.first } + ["会"])
        labelVerbs = WordSet.entries(Tables.labelVerbs).map { $0[0] }
        labelVerbSet = WordSet(labelVerbs)
        planHeadings = WordSet(table: Tables.planHeadings)
        lookBackHeadings = WordSet(table: Tables.lookBackHeadings)
        labelModalities = WordSet.entries(Tables.labels).reduce(into: [:]) { m, f in
            if f.count > 1, let mod = Modality(rawValue: f[1]) { m[f[0]] = mod }
        }
        salutations = WordSet.entries(Tables.salutations).map { $0[0] }
        let fields = WordSet.entries(Tables.fieldKeys)
        fieldKeys = Set(fields.map { $0[0] })
        fieldKeyLasts = ScalarSet(fields.compactMap { $0[0].unicodeScalars.last })
        fieldRoles = fields.reduce(into: [:]) { m, f in
            if f.count > 1, let role = FieldRole(rawValue: f[1]) { m[f[0]] = role }
        }
        kindWords = WordSet.entries(Tables.kindWords).compactMap { f in
            guard f.count > 1, let k = DocumentKind(rawValue: f[1]) else { return nil }
            return (f[0], k)
        }
        kindWordScalars = kindWords.map { (Scalars($0.word), $0.kind) }
        kindWordSet = WordSet(kindWords.map(\.word))
        titleEndWords = WordSet.entries(Tables.kindWords).map { $0[0] }
        listIntroWords = WordSet.entries(Tables.listIntros).map { $0[0] }

        var cues: [Scalars: Modality] = [:]
        var bound = Set<Scalars>(), meeting = Set<Scalars>(), asks = Set<Scalars>()
        for f in WordSet.entries(Tables.directiveCues) where f.count > 1 {
            if let m = Modality(rawValue: f[1]) { cues[Scalars(f[0])] = m }
            let flags = Set(f.dropFirst(2)), w = Scalars(f[0])
            if flags.contains("bound") || flags.contains("meeting") { bound.insert(w) }
            if flags.contains("meeting") { meeting.insert(w) }
            if flags.contains("asks") { asks.insert(w) }
        }
        self.cues = cues
        let cueSet = WordSet(cues.keys.map { String(String.UnicodeScalarView($0)) })
        self.cueSet = cueSet
        cueModalities = (0..<cueSet.words.count).map { cues[cueSet.word($0)]! }
        cueBound = (0..<cueSet.words.count).map { bound.contains(cueSet.word($0)) }
        cueMeeting = (0..<cueSet.words.count).map { meeting.contains(cueSet.word($0)) }
        cueAsks = (0..<cueSet.words.count).map { asks.contains(cueSet.word($0)) }
        decidingSubjects = WordSet(table: Tables.meetingSubjects + "\n" + Tables.decidingSubjects)
        meetingSubjects = WordSet(table: Tables.meetingSubjects)
        sourcePrepositions = WordSet(table: Tables.sourcePrepositions)
        meansBeforeVerb = WordSet(table: Tables.meansBeforeVerb)
        topicOpeners = WordSet(table: Tables.topicOpeners)
        conditionOpeners = WordSet(table: Tables.conditionOpeners)
        mindsetVerbs = WordSet(table: Tables.mindsetVerbs)
        mindsetNouns = WordSet(table: Tables.mindsetNouns)
        amountsOfWork = WordSet(table: Tables.amountsOfWork)
        pledgeWords = WordSet(table: Tables.pledgeWords)
        cueExceptions = WordSet(table: Tables.cueExceptions)
        modalCues = WordSet(table: Tables.modalCues)
        agendaSpeech = WordSet(table: Tables.agendaSpeech)
        superiorBodies = WordSet(table: Tables.superiorBodies)
        imperativeStarts = WordSet(table: Tables.imperativeStarts)
        nounStarts = WordSet(table: Tables.nounStarts)

        roleTitles = WordSet(table: Tables.roleTitles)
        orgSuffixes = WordSet(table: Tables.orgSuffixes)
        notOrgWords = WordSet(table: Tables.notOrgWords)
        let sn = WordSet.entries(Tables.surnames).map { $0[0] }
        surnames = ScalarSet(sn.filter { $0.unicodeScalars.count == 1 }.map { $0.unicodeScalars.first! })
        doubleSurnames = WordSet(sn.filter { $0.unicodeScalars.count == 2 })
        collectives = WordSet(table: Tables.collectives)
        bareBodies = WordSet(table: Tables.bareBodies)
        addresseeBodies = WordSet(table: Tables.addresseeBodies)
        shortcomings = WordSet(table: Tables.shortcomings)
        retellingVerbs = WordSet(table: Tables.retellingVerbs)
        standingBodies = WordSet(table: Tables.standingBodies)
        memberTails = WordSet(table: Tables.memberTails)
        timeOpeners = WordSet(table: Tables.timeOpeners)
        partyStops = ScalarSet(WordSet.entries(Tables.partyStops).flatMap { $0[0].unicodeScalars })
        var duty: [Scalars: Duty] = [:]
        for f in WordSet.entries(Tables.dutyCues) where f.count > 1 {
            if let d = Duty(rawValue: f[1]) { duty[Scalars(f[0])] = d }
        }
        dutyCues = duty
        byVerbs = WordSet(table: Tables.byVerbs)
        let dutyCueSet = WordSet(duty.keys.map { String(String.UnicodeScalarView($0)) })
        self.dutyCueSet = dutyCueSet
        dutyKinds = (0..<dutyCueSet.words.count).map { duty[dutyCueSet.word($0)]! }
        let modals = WordSet(table: Tables.modalCues)
        dutyIsModal = (0..<dutyCueSet.words.count).map { modals.contains(dutyCueSet.word($0)) }
        var continuations = ScalarSet()
        for a in asks { for d in duty.keys where a.count > d.count && a.starts(with: d) { continuations.insert(a[d.count]) } }
        askingContinuations = continuations
        traits = SentenceTraits.Table(cueFirsts: cueSet.firstScalars, dutyFirsts: dutyCueSet.firstScalars, roleFirsts: roleTitles.firstScalars)
    }

    /// Whether a surname, single or double, starts at `i` (as a person's name opens).
    @inline(__always) func opensWithSurname(_ s: Scalars, at i: Int) -> Bool {
        i < s.count && (surnames.contains(s[i]) || doubleSurnames.match(s, at: i) != nil)
    }
}

/// What a metadata field (`参会人员:…`, `时间:…`) gives the document head.
public enum FieldRole: String, Sendable {
    /// `date`: when the text was written or the meeting held; `published`: when it was put
    /// out (`发布日期`), the document's date only when no other field gives one.
    case attendees, absent, chair, date, published, docNumber
}
