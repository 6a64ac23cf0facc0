## Onboarding, sheet, reminders, calendar (bg).

error-invalid-link = Това не е валиден линк на Wegwijs. Нищо не е променено. (Проблем: { $value })
onboard-title = Настройка с линк
onboard-paste = Поставете линка, който получихте от работодателя или общината
onboard-use-link = Използвай този линк
onboard-confirm-title = Проверете данните си
onboard-confirm-text = Тези данни идват от линка. Проверете ги, поправете грешното и натиснете Започни.
onboard-from = От: { $value }
employer-contact = Контакт: { $value }
sheet-title = Първите ви седмици в Нидерландия
sheet-scan = Сканирайте този код с камерата на телефона си.
sheet-install-title = Как да започнете
sheet-install-1 = Инсталирайте приложението Wegwijs от магазина за приложения.
sheet-install-2 = Сканирайте кода. Данните ви се попълват.
sheet-install-3 = Проверете данните си и натиснете Започни. Приложението работи и без интернет.
sheet-first-steps = Първите ви стъпки
sheet-no-dates = Въведете датите си в приложението, за да видите сроковете.
sheet-rule-arrival-now = От деня на пристигането
sheet-rule-arrival-days = { $days ->
    [one] До { $days } ден след пристигането
   *[other] До { $days } дни след пристигането
}
sheet-rule-arrival-months = { $months ->
    [one] До { $months } месец след пристигането
   *[other] До { $months } месеца след пристигането
}
sheet-rule-work-start-now = От първия работен ден
sheet-rule-work-start-days = { $days ->
    [one] До { $days } ден след първия работен ден
   *[other] До { $days } дни след първия работен ден
}
sheet-rule-work-start-months = { $months ->
    [one] До { $months } месец след първия работен ден
   *[other] До { $months } месеца след първия работен ден
}
sheet-made-on = Създадено на { $date }. Най-новата информация е в приложението.
poster-title = Wegwijs: вашият пътеводител – { $value }
poster-lead = Първите ви стъпки, вашите права и местна помощ, на вашия език.
settings-reminders = Напомняй ми преди сроковете
settings-calendar-export = Добави сроковете ми в календара
settings-calendar-export-done = Запазено като файл за календар: { $value }
calendar-name = Wegwijs: първите ви седмици
onboard-scan = Сканирайте QR кода
