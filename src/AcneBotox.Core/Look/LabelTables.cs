using System.Collections.Frozen;

namespace AcneBotox.Core.Look;

/// <summary>
/// The built-in label tables, one per primary language subtag. A language is listed only with words a speaker
/// would print; a language without a table falls back to English (with a warning, see <see cref="LabelResolver"/>).
/// </summary>
public static class LabelTables
{
    /// <summary>Spanish.</summary>
    public static HandoutLabels Spanish { get; } = new()
    {
        Language = "es",
        KeyPoints = "Puntos clave",
        Note = "Nota",
        Tip = "Consejo",
        Warning = "Advertencia",
        Sources = "Fuentes",
        LastReviewed = "Última revisión: {0}",
        LastReviewedUnknown = "Última revisión: sin registrar",
        NextReview = "Próxima revisión: {0}",
        ReviewedBy = "Revisado por {0}",
        WrittenBy = "Escrito por {0}",
        Version = "Versión {0}",
        PageOf = "Página {0} de {1}",
        MissingImage = "[Imagen: {0}]",
        MissingImageNoAlt = "[Imagen]",
        SectionLink = "{0} (enlace a una sección)",
        OtherLanguages = "Este folleto en otros idiomas",
        TableRegion = "Tabla {0}",
        LinksInHandout = "Enlaces de este folleto",
        OnlineVersion = "Versión en línea: {0}",
        QrCodeAlt = "Código QR de la versión en línea de este folleto: {0}",
        Disclaimer = "Este folleto ofrece información general. No sustituye los consejos de su propio médico o enfermero.",
        DatePattern = "{d} de {month} de {yyyy}",
        MonthNames = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    };

    /// <summary>Russian (month names in the genitive, as dates use them).</summary>
    public static HandoutLabels Russian { get; } = new()
    {
        Language = "ru",
        KeyPoints = "Главное",
        Note = "Примечание",
        Tip = "Совет",
        Warning = "Предупреждение",
        Sources = "Источники",
        LastReviewed = "Последняя проверка: {0}",
        LastReviewedUnknown = "Последняя проверка: не указана",
        NextReview = "Следующая проверка: {0}",
        ReviewedBy = "Проверено: {0}",
        WrittenBy = "Авторы: {0}",
        Version = "Версия {0}",
        PageOf = "Страница {0} из {1}",
        MissingImage = "[Изображение: {0}]",
        MissingImageNoAlt = "[Изображение]",
        SectionLink = "{0} (ссылка на раздел)",
        OtherLanguages = "Эта памятка на других языках",
        TableRegion = "Таблица {0}",
        LinksInHandout = "Ссылки в этой памятке",
        OnlineVersion = "Онлайн-версия: {0}",
        QrCodeAlt = "QR-код онлайн-версии этой памятки: {0}",
        Disclaimer = "Эта памятка содержит общую информацию. Она не заменяет консультацию вашего врача или медсестры.",
        DatePattern = "{d} {month} {yyyy} г.",
        MonthNames = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    };

    /// <summary>Greek (month names in the genitive, as dates use them).</summary>
    public static HandoutLabels Greek { get; } = new()
    {
        Language = "el",
        KeyPoints = "Βασικά σημεία",
        Note = "Σημείωση",
        Tip = "Συμβουλή",
        Warning = "Προειδοποίηση",
        Sources = "Πηγές",
        LastReviewed = "Τελευταία αναθεώρηση: {0}",
        LastReviewedUnknown = "Τελευταία αναθεώρηση: δεν έχει καταγραφεί",
        NextReview = "Επόμενη αναθεώρηση: {0}",
        ReviewedBy = "Έλεγχος: {0}",
        WrittenBy = "Συντάκτες: {0}",
        Version = "Έκδοση {0}",
        PageOf = "Σελίδα {0} από {1}",
        MissingImage = "[Εικόνα: {0}]",
        MissingImageNoAlt = "[Εικόνα]",
        SectionLink = "{0} (σύνδεσμος ενότητας)",
        OtherLanguages = "Αυτό το φυλλάδιο σε άλλες γλώσσες",
        TableRegion = "Πίνακας {0}",
        LinksInHandout = "Σύνδεσμοι σε αυτό το φυλλάδιο",
        OnlineVersion = "Διαδικτυακή έκδοση: {0}",
        QrCodeAlt = "Κωδικός QR της διαδικτυακής έκδοσης του φυλλαδίου: {0}",
        Disclaimer = "Αυτό το φυλλάδιο δίνει γενικές πληροφορίες. Δεν αντικαθιστά τη συμβουλή του γιατρού ή του νοσηλευτή σας.",
        DatePattern = "{d} {month} {yyyy}",
        MonthNames = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    };

    /// <summary>Chinese (simplified characters).</summary>
    public static HandoutLabels Chinese { get; } = new()
    {
        Language = "zh",
        KeyPoints = "要点",
        Note = "说明",
        Tip = "提示",
        Warning = "警告",
        Sources = "参考资料",
        LastReviewed = "最后审核：{0}",
        LastReviewedUnknown = "最后审核：未记录",
        NextReview = "下次审核：{0}",
        ReviewedBy = "审核人：{0}",
        WrittenBy = "作者：{0}",
        Version = "版本 {0}",
        PageOf = "第 {0} 页，共 {1} 页",
        MissingImage = "[图片：{0}]",
        MissingImageNoAlt = "[图片]",
        SectionLink = "{0}（章节链接）",
        OtherLanguages = "本资料的其他语言版本",
        TableRegion = "表格 {0}",
        LinksInHandout = "本资料中的链接",
        OnlineVersion = "在线版本：{0}",
        QrCodeAlt = "本资料在线版本的二维码：{0}",
        SentenceEnd = "。",
        Disclaimer = "本资料仅提供一般信息，不能代替您自己的医生或护士的建议。",
        DatePattern = "{yyyy}年{m}月{d}日",
    };

    private static readonly FrozenDictionary<string, HandoutLabels> ByLanguage = new[] { HandoutLabels.English, Spanish, Russian, Greek, Chinese }
        .ToFrozenDictionary(table => table.Language, StringComparer.Ordinal);

    /// <summary>The languages with a built-in table (primary subtags).</summary>
    public static IEnumerable<string> Languages => ByLanguage.Keys.Order(StringComparer.Ordinal);

    /// <summary>The primary subtag of a BCP 47 tag, lower case: <c>es-MX</c> gives <c>es</c>.</summary>
    public static string PrimarySubtag(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? tag : tag[..dash]).Trim().ToLowerInvariant();
    }

    /// <summary>The built-in table for a language tag (matched on its primary subtag), or <c>null</c>.</summary>
    public static HandoutLabels? Find(string tag) => ByLanguage.GetValueOrDefault(PrimarySubtag(tag));
}
