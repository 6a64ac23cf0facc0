import { describe, expect, it } from "vitest";
import {
  dayToSave,
  emptyPayslip,
  endsNextDay,
  nextDate,
  parseHundredths,
  payslipToSave,
  periodEnd,
  previewMinutes,
  sameAsLastDay,
} from "./work";

describe("parseHundredths", () => {
  it("reads amounts typed the Dutch or English way", () => {
    const cases: [string, number | null | undefined][] = [
      ["14,71", 1471],
      ["14.71", 1471],
      ["1.234,56", 123456],
      ["1,234.56", 123456],
      ["€ 90", 9000],
      ["14,7", 1470],
      ["1.000", 100000],
      ["38,50", 3850],
      ["", null],
      ["  ", null],
      ["-5", undefined],
      ["14,715", 1471500],
      ["abc", undefined],
      ["1e3", undefined],
    ];
    for (const [text, expected] of cases) expect(parseHundredths(text), text).toBe(expected);
  });
});

describe("diary days", () => {
  const day = (start: string, end: string, pause = "30") => ({ date: "2026-01-12", start, end, break_minutes: pause, note: "" });

  it("counts a day shift and a night shift across midnight", () => {
    expect(previewMinutes(day("08:00", "16:30"))).toBe(480);
    expect(previewMinutes(day("22:00", "06:00", "0"))).toBe(480);
    expect(endsNextDay(day("22:00", "06:00"))).toBe(true);
    expect(endsNextDay(day("08:00", "16:30"))).toBe(false);
    expect(previewMinutes(day("8 uur", "16:30"))).toBeNull();
  });

  it("sends only valid days, with the note trimmed", () => {
    expect(dayToSave({ ...day("08:00", "16:30"), note: " hal 3 " })).toEqual({
      date: "2026-01-12",
      start: "08:00",
      end: "16:30",
      break_minutes: 30,
      note: "hal 3",
    });
    expect(dayToSave(day("08:00", "16:30", "-1"))).toBeNull();
    expect(dayToSave(day("25:00", "16:30"))).toBeNull();
  });

  it("copies the latest earlier day for 'same as last day'", () => {
    const days = [
      { date: "2026-01-10", start: "06:00", end: "14:00", break_minutes: 15 },
      { date: "2026-01-11", start: "22:00", end: "06:00", break_minutes: 30 },
      { date: "2026-01-14", start: "07:00", end: "15:00", break_minutes: 0 },
    ];
    expect(sameAsLastDay(days, "2026-01-12")).toEqual({ date: "2026-01-12", start: "22:00", end: "06:00", break_minutes: "30", note: "" });
    expect(sameAsLastDay(days, "2026-01-01")).toBeNull();
  });

  it("steps over month ends and leap days", () => {
    expect(nextDate("2026-01-31")).toBe("2026-02-01");
    expect(nextDate("2028-02-28")).toBe("2028-02-29");
    expect(nextDate("2026-12-31")).toBe("2027-01-01");
  });
});

describe("payslips", () => {
  it("ends a period by its kind", () => {
    expect(periodEnd("week", "2026-01-12")).toBe("2026-01-18");
    expect(periodEnd("four-weeks", "2026-01-05")).toBe("2026-02-01");
    expect(periodEnd("month", "2028-02-01")).toBe("2028-02-29");
    expect(periodEnd("month", "2026-01-01")).toBe("2026-01-31");
  });

  it("sends amounts in cents and hours in hundredths", () => {
    const draft = { ...emptyPayslip("2026-01-12"), age: "30", hours_paid: "38,5", hourly_wage: "14,71", gross: "566,34", housing: "90", net: "476,34" };
    const result = payslipToSave(draft);
    expect(result).toMatchObject({
      payslip: { hours_paid: 3850, hourly_wage: 1471, gross: 56634, age: 30, holiday_allowance: 0, deductions: { housing: 9000, fines: 0 }, net: 47634 },
    });
  });

  it("names every field that is not valid", () => {
    const draft = { ...emptyPayslip("2026-01-12"), period_end: "2026-01-01", age: "7", hours_paid: "", gross: "x" };
    expect(payslipToSave(draft)).toEqual({ invalid: ["hours_paid", "gross", "age", "period_end"] });
  });
});
