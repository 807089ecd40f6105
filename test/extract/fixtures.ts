// Realistic pages written for these tests (invented outlet, people and events).

export const ARTICLE_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Harbour city votes to rebuild its flood walls | The Coastal Ledger</title>
  <meta property="og:title" content="Harbour city votes to rebuild its flood walls">
  <meta property="og:site_name" content="The Coastal Ledger">
  <meta property="og:url" content="https://ledger.example/news/flood-walls?utm=feed">
  <link rel="canonical" href="https://ledger.example/news/flood-walls">
  <meta name="author" content="Web Desk">
  <script type="application/ld+json">
  {"@context":"https://schema.org","@graph":[
    {"@type":"WebSite","name":"The Coastal Ledger"},
    {"@type":"NewsArticle","headline":"Harbour City Votes to Rebuild Its Flood Walls",
     "datePublished":"2024-03-05T08:30:00Z",
     "author":[{"@type":"Person","name":"Maria K. Ostrova"},{"@type":"Person","name":"Tom Reed"}],
     "publisher":{"@type":"Organization","name":"Coastal Ledger Media"}}
  ]}
  </script>
  <style>.share { display: flex }</style>
</head>
<body class="article-page has-sidebar">
  <div id="cookie-banner" class="consent-popup">We use cookies to improve your experience. <button>Accept all</button></div>
  <header class="site-header">
    <a href="/">The Coastal Ledger</a>
    <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
  </header>
  <div class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a> › Local</div>
  <main>
    <article>
      <header>
        <h1>Harbour City Votes to Rebuild Its Flood Walls</h1>
        <div class="byline">By Maria K. Ostrova and Tom Reed</div>
        <time datetime="2024-03-05T08:30:00Z">March 5, 2024</time>
      </header>
      <ul class="share-bar">
        <li><a href="#">Share on Facebook</a></li>
        <li><a href="#">Share on X</a></li>
        <li><a href="#">Email</a></li>
      </ul>
      <figure>
        <img src="wall.jpg" alt="">
        <figcaption>Workers inspect the old sea wall on Monday. Photo: Lena Park</figcaption>
      </figure>
      <p>The city council voted 7-2 on Tuesday to spend $48 million rebuilding the sea walls that failed during last winter's storms, ending months of argument over who should pay.</p>
      <p>"We cannot ask the same streets to flood a third time," said Mayor Ana Lindqvist, who pushed for the vote. She said work would begin in June.</p>
      <div class="ad-slot advertisement"><p>Advertisement</p></div>
      <p>Opponents on the council argued that the plan leans too heavily on a bond that residents will repay for thirty years. Councillor Dev Mehta called it "a mortgage on our grandchildren."</p>
      <h2>What happens next</h2>
      <p>The engineering firm chosen last year will publish a schedule within six weeks, according to the city's public works department.</p>
      <p><a href="/a">Storm season: a timeline</a> · <a href="/b">Where the water reached</a> · <a href="/c">Your questions answered</a></p>
      <section class="comments">
        <h3>Comments (3)</h3>
        <p>This should have been done years ago, the walls were crumbling when I was a kid here.</p>
      </section>
    </article>
  </main>
  <aside class="sidebar">
    <h3>Most read</h3>
    <ol><li><a href="/x">Ferry timetable changes for spring</a></li><li><a href="/y">New bakery opens on Quay Street</a></li></ol>
  </aside>
  <div class="related-stories">
    <h3>Related</h3>
    <p><a href="/z">Storm damage bill tops $60 million</a></p>
  </div>
  <div class="newsletter-signup"><p>Get the Ledger briefing in your inbox every morning.</p><form><input type="email"><button>Sign up</button></form></div>
  <footer class="site-footer"><p>© 2024 The Coastal Ledger. All rights reserved.</p></footer>
  <script>window.analytics = {};</script>
</body>
</html>`;

export const SCRAPED_TEXT = `Harbour city votes to rebuild its flood walls
By Maria Ostrova
Published March 5, 2024 08:30 GMT
Share on Facebook
Follow us on X
Slide 2 of 7
Photo: Lena Park/Coastal Ledger
The city council voted 7-2 on Tuesday to spend $48 million rebuilding the sea walls that failed during last winter's storms, ending months of argument over who should pay.
Advertisement
"We cannot ask the same streets to flood a third time," said Mayor Ana Lindqvist, who pushed for the vote. She said work would begin in June.
Read more
Opponents on the council argued that the plan leans too heavily on a bond that residents will repay for thirty years.
Subscribe to our newsletter
Related articles
Storm damage bill tops $60 million
Ferry timetable changes for spring
View comments
Back to top`;

export const NEWSLETTER_MARKDOWN = `---
title: ignored by the extractor
---

# The Morning Briefing: three things to know today

In this issue: a budget deal, a rail strike and the weather.

## Budget deal reached

Negotiators agreed **late on Sunday** on a spending plan that keeps [public libraries](https://example.org/libraries) open.

The deal still needs a vote in the assembly, expected on Thursday.

## Rail strike called off

The drivers' union cancelled Monday's strike after a new pay offer.

![Train at the platform](train.jpg)

Services will run to the normal timetable, the operator said.

## Weather

A cold front reaches the coast tonight, with _heavy rain_ in the hills.

Temperatures recover by the weekend.
`;
