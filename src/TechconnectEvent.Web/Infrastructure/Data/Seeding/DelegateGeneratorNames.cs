namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

/// <summary>A name part as written and in Latin letters (for the e-mail address); equal for Latin scripts.</summary>
internal readonly record struct NamePart(string Written, string Latin)
{
    public static implicit operator NamePart(string latin) => new(latin, latin);
}

/// <summary>One kind of person the generator makes: the script of the name, the country and how names are put together.</summary>
internal sealed record NamePool(
    string Nationality, string MailDomain, string PhonePrefix, bool FamilyFirst, string Separator,
    NamePart[] Families, NamePart[] Male, NamePart[] Female, NamePart[]? MaleMiddles = null, NamePart[]? FemaleMiddles = null);

/// <summary>
/// Common names by country. Vietnamese family names in roughly their real proportions (Nguyễn first by far), with
/// middle names; Korean, Japanese and Chinese in their own scripts with a romanisation for the address; Latin-script
/// names from English-, French- and German-speaking countries, diacritics included.
/// </summary>
internal static class DelegateGeneratorNames
{
    public static readonly NamePool Vietnamese = new("VN", "example.vn", "+84", FamilyFirst: true, " ",
        Weighted(("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4), ("Phan", 4), ("Vũ", 4),
            ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 2), ("Dương", 1), ("Lý", 1), ("Đinh", 1), ("Trịnh", 1), ("Mai", 1), ("Tạ", 1)),
        Parts("An", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Giang", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy", "Khánh", "Khoa", "Kiên",
            "Long", "Lực", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Thịnh", "Toàn",
            "Trung", "Tú", "Tuấn", "Việt", "Vinh"),
        Parts("Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Huyền", "Hương", "Lan", "Linh", "Loan",
            "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Tâm", "Thảo", "Thu", "Thủy", "Trang", "Uyên",
            "Vân", "Vy", "Xuân", "Yến"),
        Parts("Văn", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Công", "Xuân", "Duy", "Ngọc", "Tiến", "Anh", "Bá", "Đình"),
        Parts("Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Phương", "Hồng", "Thùy", "Kim", "Bảo", "Diệu"));

    public static readonly NamePool Korean = new("KR", "example.kr", "+82 10", FamilyFirst: true, "",
        Weighted((new NamePart("김", "kim"), 21), (new NamePart("이", "lee"), 15), (new NamePart("박", "park"), 8),
            (new NamePart("최", "choi"), 5), (new NamePart("정", "jung"), 4), (new NamePart("강", "kang"), 2),
            (new NamePart("조", "cho"), 2), (new NamePart("윤", "yoon"), 2), (new NamePart("장", "jang"), 2), (new NamePart("임", "lim"), 2)),
        [new("민준", "minjun"), new("지훈", "jihoon"), new("도윤", "doyun"), new("현우", "hyunwoo"), new("준서", "junseo"),
            new("성민", "sungmin"), new("동현", "donghyun"), new("상우", "sangwoo")],
        [new("서연", "seoyeon"), new("하은", "haeun"), new("지민", "jimin"), new("수빈", "subin"), new("서윤", "seoyun"),
            new("예린", "yerin"), new("지아", "jia"), new("은지", "eunji")]);

    public static readonly NamePool Japanese = new("JP", "example.jp", "+81 90", FamilyFirst: true, " ",
        Weighted((new NamePart("佐藤", "sato"), 5), (new NamePart("鈴木", "suzuki"), 5), (new NamePart("高橋", "takahashi"), 4),
            (new NamePart("田中", "tanaka"), 4), (new NamePart("伊藤", "ito"), 3), (new NamePart("渡辺", "watanabe"), 3),
            (new NamePart("山本", "yamamoto"), 3), (new NamePart("中村", "nakamura"), 3), (new NamePart("小林", "kobayashi"), 3),
            (new NamePart("加藤", "kato"), 2)),
        [new("翔太", "shota"), new("大輔", "daisuke"), new("健太", "kenta"), new("蓮", "ren"), new("拓也", "takuya"),
            new("ひろし", "hiroshi"), new("悠斗", "yuto"), new("誠", "makoto")],
        [new("陽菜", "hina"), new("さくら", "sakura"), new("美咲", "misaki"), new("ゆい", "yui"), new("葵", "aoi"),
            new("あかり", "akari"), new("恵子", "keiko"), new("まどか", "madoka")]);

    public static readonly NamePool Chinese = new("CN", "example.cn", "+86 13", FamilyFirst: true, "",
        Weighted((new NamePart("王", "wang"), 7), (new NamePart("李", "li"), 7), (new NamePart("张", "zhang"), 7),
            (new NamePart("刘", "liu"), 5), (new NamePart("陈", "chen"), 5), (new NamePart("杨", "yang"), 3),
            (new NamePart("黄", "huang"), 2), (new NamePart("赵", "zhao"), 2), (new NamePart("吴", "wu"), 2), (new NamePart("周", "zhou"), 2)),
        [new("伟", "wei"), new("磊", "lei"), new("强", "qiang"), new("晓明", "xiaoming"), new("建华", "jianhua"),
            new("志强", "zhiqiang"), new("浩然", "haoran"), new("俊杰", "junjie")],
        [new("芳", "fang"), new("娜", "na"), new("秀英", "xiuying"), new("静", "jing"), new("丽", "li"),
            new("婷婷", "tingting"), new("雨欣", "yuxin"), new("梓涵", "zihan")]);

    public static readonly NamePool English = new("GB", "example.com", "+44 7", FamilyFirst: false, " ",
        Parts("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Evans", "Thomas", "O'Connor", "Walker"),
        Parts("James", "Oliver", "William", "Thomas", "George", "Daniel", "Michael", "David", "Peter", "Andrew"),
        Parts("Emma", "Olivia", "Sophie", "Charlotte", "Emily", "Grace", "Hannah", "Sarah", "Laura", "Jessica"));

    public static readonly NamePool French = new("FR", "example.fr", "+33 6", FamilyFirst: false, " ",
        Parts("Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Rousseau", "Fournier", "Mercier"),
        Parts("François", "Jérôme", "Étienne", "Hugo", "Louis", "Mathéo", "Benoît", "Théo", "Nicolas", "Léo"),
        Parts("Émilie", "Céline", "Chloé", "Hélène", "Léa", "Manon", "Camille", "Zoé", "Amélie", "Inès"));

    public static readonly NamePool German = new("DE", "example.de", "+49 15", FamilyFirst: false, " ",
        Parts("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schäfer", "Köhler"),
        Parts("Jürgen", "Lukas", "Maximilian", "Jonas", "Stefan", "Matthias", "Tobias", "Günther", "Felix", "Paul"),
        Parts("Anna", "Lena", "Sophie", "Jana", "Katharina", "Lea", "Hanna", "Marie", "Greta", "Clara"));

    /// <summary>Foreign delegates, weighted like the fair's partner countries.</summary>
    public static readonly (NamePool Pool, int Weight)[] Foreign =
        [(Korean, 30), (Japanese, 25), (Chinese, 20), (English, 12), (French, 7), (German, 6)];

    private static NamePart[] Parts(params string[] names) => [.. names.Select(n => new NamePart(n, n))];

    /// <summary>Each part repeated by its weight, so a uniform pick follows the weights.</summary>
    private static NamePart[] Weighted(params (NamePart Part, int Weight)[] parts) =>
        [.. parts.SelectMany(p => Enumerable.Repeat(p.Part, p.Weight))];
}
