import DangolKit
/// The texts of the awards, charts and search screens, Korean first.
enum AwardText {
    static let title = Localized("우수 점포 시상", "Best-store awards")
    static let search = Localized("점포 찾기", "Find a store")
    static let rank = Localized("순위", "#")
    static let tier = Localized("상", "Award")
    static let score = Localized("점수", "Score")
    static let parts = Localized("친구+메시지+포스트", "friends+msgs+posts")
    static let rule = Localized(
        "점수 = 친구 + 메시지 x5 + 포스트 x3. 동점이면 친구, 메시지, 포스트, 개설일 순",
        "Score = friends + messages x5 + posts x3. Ties: friends, messages, posts, earlier channel")
    static let charts = Localized("주간 추이 (누적, 주차 끝 기준)", "Week by week (cumulative, at each week's end)")
    static let opened = Localized("채널 개설", "Channels")
    static let friends = Localized("친구", "Friends")
    static let messages = Localized("메시지", "Messages")
    static let staying = Localized("활성 비율", "Still active")
    static let week = Localized("주", "Wk")
    static let searchPrompt = Localized("점포 이름 또는 초성", "store name or initials")
}
