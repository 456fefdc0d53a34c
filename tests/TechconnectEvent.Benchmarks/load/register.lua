-- wrk load script for the public registration form (/register): each connection first GETs the form to take the
-- antiforgery cookie and token, then POSTs valid registrations with unique e-mail addresses.
-- Usage: see README.md beside this file.

-- The form's field names and fixed values, in one place: change them here if the form changes.
local form = {
  path = "/register",
  handler = { name = "_handler", value = "register" },
  token = "__RequestVerificationToken",
  fields = {
    fullName = "Input.FullName",
    email = "Input.Email",
    organization = "Input.OrganizationName",
    position = "Input.Position",
    phone = "Input.Phone",
    nationality = "Input.Nationality",
    category = "Input.CategoryId",
    days = "Input.Days",          -- repeated, one per day attended
    consent = "Input.Consent",
  },
  -- A category open to the public in the current edition; nil = the first <option> of the category <select>.
  categoryId = nil,
  days = { "0", "1" },
  mailDomain = "example.vn",
}

local names = { "Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Hoàng Phúc", "Phạm Minh Châu", "Đặng Quốc Bảo", "Vũ Thu Hà" }

local threads = {}
local counter = 0
local thread_id = 0

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
  cookie = nil
  token = nil
  category = form.categoryId
end

local function urlencode(s)
  return (tostring(s):gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function field(name, value)
  return urlencode(name) .. "=" .. urlencode(value)
end

request = function()
  if token == nil then
    return wrk.format("GET", form.path)
  end
  counter = counter + 1
  local f = form.fields
  local parts = {
    field(form.handler.name, form.handler.value),
    field(form.token, token),
    field(f.fullName, names[(counter % #names) + 1]),
    field(f.email, string.format("load.t%d.%d.%d@%s", thread_id, counter, os.time(), form.mailDomain)),
    field(f.organization, "Công ty Cổ phần Công nghệ Hạ Long"),
    field(f.position, "Kỹ sư"),
    field(f.phone, string.format("+84 91 %03d %04d", thread_id % 1000, counter % 10000)),
    field(f.nationality, "VN"),
    field(f.category, category or ""),
    field(f.consent, "true"),
  }
  for _, day in ipairs(form.days) do
    table.insert(parts, field(f.days, day))
  end
  local headers = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = cookie }
  return wrk.format("POST", form.path, headers, table.concat(parts, "&"))
end

response = function(status, headers, body)
  if token ~= nil then
    return
  end
  -- The first answer is the form: keep its antiforgery cookie, token and (unless fixed above) a category.
  for name, value in pairs(headers) do
    if string.lower(name) == "set-cookie" and string.find(value, "Antiforgery", 1, true) then
      cookie = string.match(value, "^([^;]+)")
    end
  end
  token = string.match(body, 'name="' .. form.token .. '"[^>]*value="([^"]+)"')
  if category == nil then
    category = string.match(body, '<select[^>]-name="' .. form.fields.category .. '".-<option[^>]-value="(%d+)"')
  end
  if token == nil or cookie == nil then
    print("register.lua: no antiforgery token or cookie in GET " .. form.path .. " (status " .. status .. ")")
  end
end

done = function(summary, latency, requests)
  io.write(string.format("requests: %d, errors (non-2xx/3xx): %d, p50: %.1f ms, p99: %.1f ms\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
