/// Centuries: `XXIe siècle`, `le XIXe siècle`, `21e siècle`. Value in the
/// French TimeBank's TIMEX3 form: the 19th century is `18XX`.
struct CenturyRule: DateRule {
    func matches(at i: Int, in c: DateContext) -> [DateMatch] {
        var j = i
        if c.keyword(j) == .le { j += 1 }
        guard c.keyword(j + 1) == .siecle, let n = ordinal(c.key(j)), (1...21).contains(n) else { return [] }
        return [c.match(i, j + 2, .fixed(zeroPaddedCentury(n - 1)))]
    }

    private func zeroPaddedCentury(_ hundreds: Int) -> String {
        (hundreds < 10 ? "0" : "") + String(hundreds) + "XX"
    }

    /// `xxie` → 21, `19e` → 19, `xixeme` → 19.
    private func ordinal(_ key: String) -> Int? {
        var s = Substring(key)
        for suffix in ["eme", "e"] where s.hasSuffix(suffix) {
            s = s.dropLast(suffix.count)
            break
        }
        guard !s.isEmpty, s.count < key.count else { return nil }
        if let v = Int(s) { return v }
        let roman: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100]
        var total = 0, prev = 0
        for ch in s.reversed() {
            guard let v = roman[ch] else { return nil }
            total += v < prev ? -v : v
            prev = max(prev, v)
        }
        return total
    }
}
